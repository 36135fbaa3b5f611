package org.fineprint.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.norm.Dropout;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The BERT encoder as bge-small-en-v1.5 and all-MiniLM-L6-v2 have it (post-LayerNorm layers,
 * hidden size 384, 12 heads, exact GELU; as many layers as the weights have), written with DJL
 * NDArray operations over a map of named parameters, so that any layer can be swapped for a
 * trainable copy. DJL's own {@code BertBlock} is a different architecture (batch norm, another
 * residual), hence this class.
 *
 * <p>DJL attaches an operation's result to the manager of its first operand; every operation here
 * starts from an input array, never from a parameter, so results die with the caller's manager.
 */
final class Bert {
    static final int HIDDEN = 384;
    private static final int HEADS = 12;
    private static final int HEAD_SIZE = HIDDEN / HEADS;
    private static final float LAYER_NORM_EPS = 1e-12f;
    /** What the attention adds for padding positions, as the Hugging Face implementation does. */
    private static final float MASKED = -10_000f;

    private final Map<String, NDArray> params = new HashMap<>();
    private final float dropout;
    private final int layerCount;

    /**
     * @param manager owns the parameter arrays
     * @param weights the pretrained weights by Hugging Face name
     * @param dropout dropout rate while training (BERT's is 0.1)
     */
    Bert(NDManager manager, Map<String, BaseEncoder.Tensor> weights, float dropout) {
        weights.forEach((name, t) -> params.put(name, manager.create(t.values(), new Shape(t.shape()))));
        this.dropout = dropout;
        this.layerCount = (int) weights.keySet().stream().filter(n -> n.startsWith("encoder.layer."))
                .map(n -> n.split("\\.")[2]).distinct().count();
    }

    /** The number of encoder layers. */
    int layerCount() {
        return layerCount;
    }

    /**
     * Replaces parameters, e.g. with trainable copies.
     *
     * @return the arrays replaced, to put back afterwards
     */
    Map<String, NDArray> set(Map<String, NDArray> replacements) {
        Map<String, NDArray> replaced = new HashMap<>();
        replacements.forEach((name, array) -> replaced.put(name, p(name)));
        params.putAll(replacements);
        return replaced;
    }

    /** The names of the parameters of layers {@code from} to the last. */
    static List<String> layerParameters(Map<String, ?> weights, int from) {
        return weights.keySet().stream()
                .filter(n -> n.startsWith("encoder.layer.") && Integer.parseInt(n.split("\\.")[2]) >= from)
                .sorted().toList();
    }

    private NDArray p(String name) {
        NDArray a = params.get(name);
        if (a == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return a;
    }

    /** Token ids [batch, tokens] → embeddings [batch, tokens, hidden] (token type 0 throughout). */
    NDArray embed(NDArray ids) {
        NDManager m = ids.getManager();
        long tokens = ids.getShape().get(1);
        NDArray words = own(m, p("embeddings.word_embeddings.weight").get(ids));
        NDArray positions = own(m, p("embeddings.position_embeddings.weight").get(new NDIndex("0:" + tokens)));
        NDArray type = own(m, p("embeddings.token_type_embeddings.weight").get(0));
        return layerNorm(words.add(positions).add(type), "embeddings.LayerNorm");
    }

    /**
     * Runs layers {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param x hidden states [batch, tokens, hidden]
     * @param mask 1 for a real token, 0 for padding [batch, tokens]
     * @param training whether dropout is on
     */
    NDArray layers(NDArray x, NDArray mask, int from, int to, boolean training) {
        long batch = mask.getShape().get(0);
        long tokens = mask.getShape().get(1);
        NDArray bias = mask.sub(1f).mul(-MASKED).reshape(batch, 1, 1, tokens);
        for (int i = from; i < to; i++) {
            x = layer("encoder.layer." + i + ".", x, bias, training);
        }
        return x;
    }

    private NDArray layer(String l, NDArray x, NDArray bias, boolean training) {
        long batch = x.getShape().get(0);
        long tokens = x.getShape().get(1);
        NDArray q = dense(x, l + "attention.self.query").reshape(batch, tokens, HEADS, HEAD_SIZE).transpose(0, 2, 1, 3);
        NDArray k = dense(x, l + "attention.self.key").reshape(batch, tokens, HEADS, HEAD_SIZE).transpose(0, 2, 3, 1);
        NDArray v = dense(x, l + "attention.self.value").reshape(batch, tokens, HEADS, HEAD_SIZE).transpose(0, 2, 1, 3);
        NDArray attention = q.matMul(k).div((float) Math.sqrt(HEAD_SIZE)).add(bias).softmax(-1);
        NDArray context = drop(attention, training).matMul(v).transpose(0, 2, 1, 3).reshape(batch, tokens, HIDDEN);
        NDArray a = layerNorm(drop(dense(context, l + "attention.output.dense"), training).add(x),
                l + "attention.output.LayerNorm");
        NDArray h = Activation.gelu(dense(a, l + "intermediate.dense"));
        return layerNorm(drop(dense(h, l + "output.dense"), training).add(a), l + "output.LayerNorm");
    }

    /** The first token's hidden state (bge's sentence vector, before normalisation) [batch, hidden]. */
    static NDArray cls(NDArray hidden) {
        return hidden.get(new NDIndex(":, 0, :"));
    }

    NDArray drop(NDArray x, boolean training) {
        return training && dropout > 0 ? Dropout.dropout(x, dropout, true).singletonOrThrow() : x;
    }

    private NDArray dense(NDArray x, String layer) {
        return x.matMul(p(layer + ".weight")).add(p(layer + ".bias"));
    }

    private NDArray layerNorm(NDArray x, String layer) {
        return x.getNDArrayInternal().layerNorm(x, new Shape(HIDDEN), p(layer + ".weight"), p(layer + ".bias"),
                LAYER_NORM_EPS).singletonOrThrow();
    }

    /** Moves an operation's result to {@code m}. */
    static NDArray own(NDManager m, NDArray a) {
        a.attach(m);
        return a;
    }
}

package org.fineprint.finetune;

import ai.djl.engine.Engine;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Trains the top layers of the encoder and a linear multi-label head, from the hidden states below
 * those layers (computed once for all sentences, since the lower layers stay frozen): on one fold,
 * then scoring its test sentences ({@link #trainAndScore}), or on all data for the shipped model
 * ({@link #train}).
 *
 * <p>Each epoch sees every sentence with a label and a fresh random share of the sentences without
 * one; the loss is binary cross-entropy per label, positives weighted by
 * (negatives/positives)^power. A test sentence's margin for a label is its logit plus
 * log(share of unlabelled sentences kept), which undoes the sampling's shift of the prior, so 0 is
 * the decision boundary.
 */
final class FoldTrainer {
    /** The recipe. */
    record Settings(int fromLayer, int epochs, float negativeShare, float learningRate, float headLearningRate,
            double positiveWeightPower, int batch, float weightDecay, float dropout, long seed) {
    }

    /** A sentence: its token count and the hidden states below the trained layers [tokens × hidden]. */
    record Encoded(int tokens, float[] states, Set<String> labels) {
    }

    private static final int BATCHES_PER_BUCKET = 50;

    private final Settings settings;
    private final List<String> labels;
    private final Map<String, BaseEncoder.Tensor> weights;
    private final PrintStream progress;

    FoldTrainer(Settings settings, List<String> labels, Map<String, BaseEncoder.Tensor> weights, PrintStream progress) {
        this.settings = settings;
        this.labels = List.copyOf(labels);
        this.weights = weights;
        this.progress = progress;
    }

    /**
     * A trained copy of the top layers and the head, under a fold's manager. While it exists, the
     * encoder runs with the trained layers; {@link #restore()} puts the pretrained ones back.
     *
     * @param bert the encoder running with the trained layers
     * @param layers the trained layer parameters by Hugging Face name
     * @param headW the head's matrix [hidden × labels]
     * @param headB the head's bias
     * @param logitOffset added to the logits: log(share of unlabelled sentences kept), which undoes
     *     the sampling's shift of the prior, so 0 is the decision boundary
     * @param pretrained the layer arrays the trained ones replaced
     */
    record Trained(Bert bert, Map<String, NDArray> layers, NDArray headW, NDArray headB, float logitOffset,
            Map<String, NDArray> pretrained) {
        void restore() {
            bert.set(pretrained);
        }
    }

    /**
     * @param manager parent of everything this fold allocates
     * @param bert the encoder; its top layers are replaced by trained copies for the duration of the call
     * @return each test sentence's margin per label
     */
    double[][] trainAndScore(NDManager manager, Bert bert, List<Encoded> train, List<Encoded> test, int fold) {
        try (NDManager fm = manager.newSubManager()) {
            Trained trained = train(fm, bert, train, fold, "fold " + fold);
            double[][] margins = score(fm, trained, test);
            trained.restore();
            return margins;
        }
    }

    /**
     * Trains the top layers and a head; the encoder keeps the trained layers until
     * {@link Trained#restore()}.
     *
     * @param fm owns the trained arrays; close it after {@link Trained#restore()}
     * @param seedOffset added to the recipe's seed (the fold number in cross-validation)
     * @param run names the run in progress lines
     */
    Trained train(NDManager fm, Bert bert, List<Encoded> train, long seedOffset, String run) {
        Random random = new Random(settings.seed() + seedOffset);
        Map<String, NDArray> trained = new LinkedHashMap<>();
        for (String name : Bert.layerParameters(weights, settings.fromLayer())) {
            BaseEncoder.Tensor t = weights.get(name);
            NDArray a = fm.create(t.values(), new Shape(t.shape()));
            a.setRequiresGradient(true);
            trained.put(name, a);
        }
        Map<String, NDArray> pretrained = bert.set(trained);
        float[] init = new float[Bert.HIDDEN * labels.size()];
        for (int i = 0; i < init.length; i++) {
            init[i] = (float) (random.nextGaussian() * 0.02);
        }
        NDArray headW = fm.create(init, new Shape(Bert.HIDDEN, labels.size()));
        NDArray headB = fm.zeros(new Shape(labels.size()));
        headW.setRequiresGradient(true);
        headB.setRequiresGradient(true);
        List<NDArray> params = new ArrayList<>(trained.values());
        List<Float> rates = new ArrayList<>(Collections.nCopies(params.size(), settings.learningRate()));
        params.add(headW);
        params.add(headB);
        rates.add(settings.headLearningRate());
        rates.add(settings.headLearningRate());
        AdamW optimizer = new AdamW(params, rates, settings.weightDecay());

        List<Encoded> positives = new ArrayList<>();
        List<Encoded> negatives = new ArrayList<>();
        for (Encoded e : train) {
            (e.labels().stream().anyMatch(labels::contains) ? positives : negatives).add(e);
        }
        int negativesPerEpoch = Math.round(negatives.size() * settings.negativeShare());
        float[] positiveWeight = positiveWeights(train, positives.size() + negativesPerEpoch);
        int stepsPerEpoch = (positives.size() + negativesPerEpoch + settings.batch() - 1) / settings.batch();
        int total = settings.epochs() * stepsPerEpoch;
        int warmUp = Math.max(1, total / 10);
        progress.printf("%s: %d training sentences (%d with a label), %d steps%n", run, train.size(),
                positives.size(), total);
        int step = 0;
        int skipped = 0;
        long start = System.nanoTime();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            Collections.shuffle(negatives, random);
            List<Encoded> seen = new ArrayList<>(positives);
            seen.addAll(negatives.subList(0, negativesPerEpoch));
            double lossSum = 0;
            List<List<Encoded>> batches = batches(seen, random);
            for (List<Encoded> batch : batches) {
                step++;
                float schedule = step <= warmUp ? step / (float) warmUp : (total - step) / (float) Math.max(1, total - warmUp);
                OptionalDouble loss = step(fm, bert, headW, headB, optimizer, batch, positiveWeight, schedule);
                if (loss.isPresent()) {
                    lossSum += loss.getAsDouble();
                } else if (++skipped > total / 100 + 1) {
                    throw new IllegalStateException(run + ": " + skipped
                            + " steps had a loss or gradient that was not finite; lower --lr or --head-lr");
                }
            }
            progress.printf("%s epoch %d/%d: mean loss %.4f, %.2f s a step%s%n", run, epoch, settings.epochs(),
                    lossSum / batches.size(), (System.nanoTime() - start) / 1e9 / step,
                    skipped == 0 ? "" : ", " + skipped + " steps skipped (gradient not finite)");
        }
        return new Trained(bert, trained, headW, headB, (float) Math.log(settings.negativeShare()), pretrained);
    }

    /** One training step on a batch; the loss, or empty when the step was skipped (loss or gradient not finite). */
    private OptionalDouble step(NDManager fm, Bert bert, NDArray headW, NDArray headB, AdamW optimizer, List<Encoded> batch,
            float[] positiveWeight, float schedule) {
        try (NDManager sm = fm.newSubManager()) {
            NDList in = inputs(sm, batch);
            NDArray target = sm.create(targets(batch), new Shape(batch.size(), labels.size()));
            NDArray weight = sm.create(lossWeights(batch, positiveWeight), new Shape(batch.size(), labels.size()));
            float value;
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                NDArray z = logits(bert, headW, headB, in, true);
                // binary cross-entropy with logits, in its stable form: max(z,0) - z*y + log(1 + e^-|z|)
                NDArray loss = z.maximum(0f).sub(z.mul(target)).add(z.abs().neg().exp().add(1f).log()).mul(weight).mean();
                value = loss.getFloat();
                if (!Float.isFinite(value)) {
                    return OptionalDouble.empty();
                }
                gc.backward(loss);
            }
            return optimizer.step(schedule) ? OptionalDouble.of(value) : OptionalDouble.empty();
        }
    }

    /**
     * Tokenizes sentences and keeps their hidden states below layer {@code fromLayer}, which stay
     * frozen while the layers above train, so they are computed once.
     */
    static List<Encoded> encode(NDManager manager, Bert bert, HuggingFaceTokenizer tokenizer, List<String> texts,
            List<Set<String>> labels, int fromLayer) {
        List<long[]> ids = texts.stream().map(t -> tokenizer.encode(t).getIds()).toList();
        Encoded[] out = new Encoded[texts.size()];
        List<Integer> byLength = IntStream.range(0, texts.size()).boxed()
                .sorted(Comparator.comparingInt(i -> ids.get(i).length)).toList();
        for (int b = 0; b < byLength.size(); b += 64) {
            List<Integer> chunk = byLength.subList(b, Math.min(byLength.size(), b + 64));
            int tokens = ids.get(chunk.get(chunk.size() - 1)).length;
            long[] flat = new long[chunk.size() * tokens];
            float[] mask = new float[chunk.size() * tokens];
            for (int k = 0; k < chunk.size(); k++) {
                long[] s = ids.get(chunk.get(k));
                System.arraycopy(s, 0, flat, k * tokens, s.length);
                Arrays.fill(mask, k * tokens, k * tokens + s.length, 1f);
            }
            try (NDManager sm = manager.newSubManager()) {
                NDArray input = sm.create(flat, new Shape(chunk.size(), tokens));
                float[] states = bert.layers(bert.embed(input), sm.create(mask, new Shape(chunk.size(), tokens)), 0, fromLayer,
                        false).toFloatArray();
                for (int k = 0; k < chunk.size(); k++) {
                    int i = chunk.get(k);
                    int n = ids.get(i).length;
                    out[i] = new Encoded(n, Arrays.copyOfRange(states, k * tokens * Bert.HIDDEN, (k * tokens + n) * Bert.HIDDEN),
                            labels.get(i));
                }
            }
        }
        return List.of(out);
    }

    /** Each sentence's margin per label under a trained run: its logit plus the run's offset. */
    double[][] score(NDManager fm, Trained trained, List<Encoded> sentences) {
        double[][] out = new double[sentences.size()][];
        for (int i = 0; i < sentences.size(); i += 64) {
            List<Encoded> chunk = sentences.subList(i, Math.min(sentences.size(), i + 64));
            try (NDManager sm = fm.newSubManager()) {
                float[] z = logits(trained.bert(), trained.headW(), trained.headB(), inputs(sm, chunk), false).toFloatArray();
                for (int k = 0; k < chunk.size(); k++) {
                    double[] m = new double[labels.size()];
                    for (int j = 0; j < m.length; j++) {
                        m[j] = z[k * labels.size() + j] + trained.logitOffset();
                    }
                    out[i + k] = m;
                }
            }
        }
        return out;
    }

    private NDArray logits(Bert bert, NDArray w, NDArray b, NDList in, boolean training) {
        NDArray hidden = bert.layers(in.get(0), in.get(1), settings.fromLayer(), bert.layerCount(), training);
        return bert.drop(Bert.cls(hidden), training).matMul(w).add(b);
    }

    /** Batches of similar length (sorted within buckets of 50 batches), in random order. */
    private List<List<Encoded>> batches(List<Encoded> sentences, Random random) {
        List<Encoded> shuffled = new ArrayList<>(sentences);
        Collections.shuffle(shuffled, random);
        int bucket = settings.batch() * BATCHES_PER_BUCKET;
        List<List<Encoded>> out = new ArrayList<>();
        for (int b = 0; b < shuffled.size(); b += bucket) {
            List<Encoded> chunk = new ArrayList<>(shuffled.subList(b, Math.min(shuffled.size(), b + bucket)));
            chunk.sort((x, y) -> Integer.compare(x.tokens(), y.tokens()));
            for (int i = 0; i < chunk.size(); i += settings.batch()) {
                out.add(chunk.subList(i, Math.min(chunk.size(), i + settings.batch())));
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    /** Hidden states [batch, tokens, hidden] padded with zeros, and the mask [batch, tokens]. */
    static NDList inputs(NDManager m, List<Encoded> batch) {
        int tokens = batch.stream().mapToInt(Encoded::tokens).max().orElse(1);
        float[] x = new float[batch.size() * tokens * Bert.HIDDEN];
        float[] mask = new float[batch.size() * tokens];
        for (int k = 0; k < batch.size(); k++) {
            Encoded e = batch.get(k);
            System.arraycopy(e.states(), 0, x, k * tokens * Bert.HIDDEN, e.states().length);
            Arrays.fill(mask, k * tokens, k * tokens + e.tokens(), 1f);
        }
        return new NDList(m.create(x, new Shape(batch.size(), tokens, Bert.HIDDEN)), m.create(mask, new Shape(batch.size(), tokens)));
    }

    private float[] targets(List<Encoded> batch) {
        float[] y = new float[batch.size() * labels.size()];
        for (int k = 0; k < batch.size(); k++) {
            for (int j = 0; j < labels.size(); j++) {
                y[k * labels.size() + j] = batch.get(k).labels().contains(labels.get(j)) ? 1 : 0;
            }
        }
        return y;
    }

    private float[] lossWeights(List<Encoded> batch, float[] positiveWeight) {
        float[] w = new float[batch.size() * labels.size()];
        for (int k = 0; k < batch.size(); k++) {
            for (int j = 0; j < labels.size(); j++) {
                w[k * labels.size() + j] = batch.get(k).labels().contains(labels.get(j)) ? positiveWeight[j] : 1;
            }
        }
        return w;
    }

    /** Per label, (negatives/positives)^power among the sentences an epoch sees. */
    private float[] positiveWeights(List<Encoded> train, int seenPerEpoch) {
        float[] out = new float[labels.size()];
        for (int j = 0; j < labels.size(); j++) {
            String label = labels.get(j);
            long positives = train.stream().filter(e -> e.labels().contains(label)).count();
            double negatives = seenPerEpoch - positives;
            out[j] = (float) Math.pow(negatives / Math.max(1, positives), settings.positiveWeightPower());
        }
        return out;
    }
}

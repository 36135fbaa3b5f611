package org.fineprint.analyze.classify;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A sentence encoder fine-tuned for multi-label classification, as stored in a tuned-encoder file
 * ({@link TunedEncoderFile}): the weights that fine-tuning changed in a base ONNX graph, and a linear
 * head on the first token's hidden state. It may hold several {@linkplain Member members} (training
 * runs with different seeds) whose margins are averaged.
 *
 * @param name the model's name, e.g. {@code claudette}
 * @param baseModel the base graph's class-path resource without {@code .onnx}, e.g.
 *     {@code bge-small-en-v1.5} (its tokenizer is {@code <baseModel>-tokenizer.json})
 * @param labels the head's labels, in column order
 * @param maxTokens longer sentences are cut to this many tokens (special tokens included), as in training
 * @param hidden the size of the hidden state the head reads
 * @param metadata free-form provenance: recipe, data, date, command, cross-validated scores
 * @param members the training runs
 */
public record TunedEncoderModel(String name, String baseModel, List<String> labels, int maxTokens, int hidden,
        Map<String, String> metadata, List<Member> members) {

    public TunedEncoderModel {
        labels = List.copyOf(labels);
        metadata = Map.copyOf(metadata);
        members = List.copyOf(members);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a tuned encoder needs at least one member");
        }
        for (Member m : members) {
            if (m.headWeight().length != hidden * labels.size() || m.headBias().length != labels.size()) {
                throw new IllegalArgumentException("the head must be [" + hidden + " × " + labels.size() + "] plus a bias per label");
            }
        }
    }

    /**
     * A weight tensor, row-major.
     *
     * @param shape its dimensions
     * @param values its values
     */
    public record Tensor(long[] shape, float[] values) {
        public Tensor {
            long size = 1;
            for (long d : shape) {
                size *= d;
            }
            if (size != values.length) {
                throw new IllegalArgumentException("a tensor of shape " + Arrays.toString(shape) + " needs "
                        + size + " values, not " + values.length);
            }
        }
    }

    /**
     * One fine-tuning run.
     *
     * @param initializers the base graph's initializers it replaces, by their names in the graph
     * @param headWeight the head's matrix [hidden × labels], row-major
     * @param headBias the head's bias per label
     * @param logitOffset added to every logit, so 0 is the decision boundary (it undoes the shift of
     *     the prior by sampling the unlabelled sentences during training)
     */
    public record Member(Map<String, Tensor> initializers, float[] headWeight, float[] headBias, float logitOffset) {
        public Member {
            initializers = Map.copyOf(initializers);
        }
    }
}

package org.fineprint.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Adam with decoupled weight decay (Loshchilov and Hutter), applied in place to parameters whose
 * gradients a {@code GradientCollector} filled; the gradients are zeroed after each step (DJL adds
 * every backward pass to them). Decay applies to matrices only, not to biases and LayerNorm
 * vectors. The gradients are first scaled down to a global norm of at most {@value #MAX_NORM}; a
 * step whose gradients are not finite is skipped and its gradients are set to zero entry by entry
 * (multiplying an infinite gradient by zero, as {@code GradientCollector.zeroGradients()} does,
 * leaves NaN behind, which poisoned every later step in the first runs; {@code NDArray.set(Buffer)}
 * is no way out either: the tensor keeps pointing into a buffer that dies with the Java wrapper).
 */
final class AdamW {
    private static final float BETA1 = 0.9f;
    private static final float BETA2 = 0.999f;
    private static final float EPS = 1e-6f;
    static final float MAX_NORM = 1f;

    private final List<NDArray> params;
    private final List<Float> rates;
    private final float weightDecay;
    private final List<NDArray> first = new ArrayList<>();
    private final List<NDArray> second = new ArrayList<>();
    private int steps;

    /**
     * @param params the trainable arrays (gradients attached)
     * @param rates each array's peak learning rate
     * @param weightDecay the decoupled decay per unit of learning rate
     */
    AdamW(List<NDArray> params, List<Float> rates, float weightDecay) {
        if (params.size() != rates.size()) {
            throw new IllegalArgumentException("one learning rate per parameter");
        }
        this.params = List.copyOf(params);
        this.rates = List.copyOf(rates);
        this.weightDecay = weightDecay;
        for (NDArray p : params) {
            first.add(p.getManager().zeros(p.getShape()));
            second.add(p.getManager().zeros(p.getShape()));
        }
    }

    /**
     * One update, every learning rate scaled by {@code schedule} (warm-up and decay).
     *
     * @return false when the step was skipped because a gradient was not finite
     */
    boolean step(float schedule) {
        double squares = 0;
        for (NDArray p : params) {
            try (NDManager scratch = p.getManager().newSubManager()) {
                squares += Bert.own(scratch, p.getGradient()).square().sum().getFloat();
            }
        }
        double norm = Math.sqrt(squares);
        if (!Double.isFinite(norm)) {
            for (NDArray p : params) {
                try (NDManager scratch = p.getManager().newSubManager()) {
                    NDArray g = Bert.own(scratch, p.getGradient());
                    g.muli(0f); // finite entries become 0, infinite ones NaN
                    g.set(new NDIndex("{}", Bert.own(scratch, g.isNaN())), 0f);
                }
            }
            return false;
        }
        float clip = norm > MAX_NORM ? (float) (MAX_NORM / norm) : 1f;
        steps++;
        float correction1 = 1 - (float) Math.pow(BETA1, steps);
        float correction2 = 1 - (float) Math.pow(BETA2, steps);
        for (int i = 0; i < params.size(); i++) {
            NDArray p = params.get(i);
            try (NDManager scratch = p.getManager().newSubManager()) {
                NDArray g = Bert.own(scratch, p.getGradient());
                if (clip < 1f) {
                    g.muli(clip);
                }
                float rate = rates.get(i) * schedule;
                first.get(i).muli(BETA1).addi(Bert.own(scratch, g.mul(1 - BETA1)));
                second.get(i).muli(BETA2).addi(Bert.own(scratch, g.square()).muli(1 - BETA2));
                NDArray denominator = Bert.own(scratch, second.get(i).div(correction2)).sqrt().addi(EPS);
                NDArray update = Bert.own(scratch, first.get(i).div(correction1)).divi(denominator).muli(rate);
                if (p.getShape().dimension() > 1) {
                    p.muli(1 - rate * weightDecay);
                }
                p.subi(update);
                g.muli(0f);
            }
        }
        return true;
    }
}

package org.fineprint.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldTrainerTest {
    private static final List<String> LABELS = List.of("ter", "law");

    /** A toy task the last layer and the head must learn: termination clauses against everything else. */
    @Test
    void learnsALabelAndScoresUnseenSentencesOnTheRightSideOfZero() {
        DjlSettings.apply();
        Map<String, BaseEncoder.Tensor> weights = BaseEncoder.BGE_SMALL.weights();
        String[] subjects = {"We", "The company", "Acme", "The provider", "Our team", "The service"};
        String[] endings = {"at any time.", "without notice.", "for any reason.", "at our discretion."};
        List<String> texts = new ArrayList<>();
        List<Set<String>> labels = new ArrayList<>();
        for (String subject : subjects) {
            for (String ending : endings) {
                texts.add(subject + " may terminate or suspend your account " + ending);
                labels.add(Set.of("ter"));
                texts.add(subject + " publishes a newsletter about gardening " + ending.replace(".", " each month."));
                labels.add(Set.of());
            }
        }
        List<String> testTexts = List.of("The operator can close your account and end your access without warning.",
                "Our gardening newsletter comes out every month.");
        FoldTrainer.Settings settings = new FoldTrainer.Settings(11, 6, 1f, 1e-4f, 1e-2f, 0, 8, 0.01f, 0.1f, 1);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (NDManager manager = NDManager.newBaseManager()) {
            Bert bert = new Bert(manager, weights, settings.dropout());
            var tokenizer = BaseEncoder.BGE_SMALL.tokenizer(64);
            List<FoldTrainer.Encoded> train = FoldTrainer.encode(manager, bert, tokenizer, texts, labels, 11);
            List<FoldTrainer.Encoded> test = FoldTrainer.encode(manager, bert, tokenizer, testTexts,
                    List.of(Set.of("ter"), Set.of()), 11);
            double[][] margins = new FoldTrainer(settings, LABELS, weights, new PrintStream(log))
                    .trainAndScore(manager, bert, train, test, 1);
            assertThat(margins[0][0]).as("termination sentence, ter").isPositive();
            assertThat(margins[1][0]).as("newsletter sentence, ter").isNegative();
            assertThat(margins[0][1]).as("no law example was seen").isNegative();
        }
        assertThat(log.toString()).contains("fold 1 epoch 6/6: mean loss");
    }
}

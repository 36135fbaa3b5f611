package org.fineprint.analyze.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A small synthetic training set: six documents with arbitration, termination and neutral sentences. */
final class TrainingFixtures {
    static final List<String> LABELS = List.of("a", "ter");

    private static final String[] ARBITRATION = {
        "Any dispute shall be resolved by binding arbitration.",
        "You agree that disputes will be settled by final and binding arbitration.",
        "All claims must be submitted to individual arbitration, not to a court.",
        "The arbitration will be conducted by a single arbitrator under the AAA rules.",
    };
    private static final String[] TERMINATION = {
        "We may terminate your account at any time without notice.",
        "We may suspend or terminate your access for any reason at our sole discretion.",
        "Your account may be terminated at any time if we decide so.",
        "We reserve the right to terminate the service at any time without notice.",
    };
    private static final String[] NEUTRAL = {
        "The service lets you share photos with your friends.",
        "Please read these terms carefully.",
        "You can change your profile picture in the settings.",
        "Our support team answers questions by email.",
        "These terms apply to the website and the mobile app.",
        "We hope you enjoy using our products.",
        "Photos you upload appear in your timeline.",
        "The app is available on phones and tablets.",
    };

    private TrainingFixtures() {
    }

    static List<TrainingExample> examples() {
        List<TrainingExample> out = new ArrayList<>();
        for (int doc = 0; doc < 6; doc++) {
            String group = "doc" + doc;
            for (int k = 0; k < NEUTRAL.length; k++) {
                out.add(new TrainingExample(group, NEUTRAL[(k + doc) % NEUTRAL.length], Set.of()));
                if (k % 4 == 1) {
                    out.add(new TrainingExample(group, ARBITRATION[(k + doc) % ARBITRATION.length], Set.of("a")));
                }
                if (k % 4 == 3) {
                    out.add(new TrainingExample(group, TERMINATION[(k + doc) % TERMINATION.length], Set.of("ter")));
                }
            }
        }
        return out;
    }

    static TrainingSettings settings(FeatureSpec features, double gateRecall) {
        return new TrainingSettings(new TfidfSettings(2, 0, 0, 1, 10_000, true), features, List.of(1.0, 10.0), 0.5, 3, 7,
                gateRecall, 0, 1.0, 2, TrainingSettings.Fusion.STACKED, false);
    }
}

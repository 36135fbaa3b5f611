package org.fineprint.tools.analysis;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import org.fineprint.tools.cases.CaseExamples;

/**
 * Cross-validation folds by service, the same for every evaluation: a service's fold follows from
 * its {@link CaseExamples#serviceKey key} alone, so {@code eval points} and {@code eval rating}
 * hold out the same services in fold k and can share the detector trained for it.
 *
 * @param count the number of folds
 */
record ServiceFolds(int count) {
    ServiceFolds {
        if (count < 2) {
            throw new IllegalArgumentException("at least two folds are needed, got " + count);
        }
    }

    /** The fold a service (a name or a key) is tested in. */
    int foldOf(String service) {
        CRC32 crc = new CRC32();
        crc.update(CaseExamples.serviceKey(service).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % count);
    }

    /** The services tested in {@code fold}, in the given order. */
    List<String> testServices(Collection<String> services, int fold) {
        return services.stream().filter(s -> foldOf(s) == fold).toList();
    }

    /** Accepts the services a detector tested in {@code fold} may learn from: those of every other fold. */
    Predicate<String> trainingServices(int fold) {
        return service -> foldOf(service) != fold;
    }
}

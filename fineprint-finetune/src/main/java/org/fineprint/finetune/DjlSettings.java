package org.fineprint.finetune;

import static org.fineprint.tools.QuietLogs.setIfAbsent;

import java.nio.file.Path;

/** DJL's settings for this machine kind: offline, CPU threads, native libraries unpacked under ~/.cache. */
final class DjlSettings {
    private DjlSettings() {
    }

    /** Call before DJL's engine loads; settings given with {@code -D} win. */
    static void apply() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("ai.djl.pytorch.num_threads", String.valueOf(Runtime.getRuntime().availableProcessors()));
        setIfAbsent("ai.djl.pytorch.num_interop_threads", "1");
        if (System.getenv("DJL_CACHE_DIR") == null) {
            setIfAbsent("DJL_CACHE_DIR", Path.of(System.getProperty("user.home"), ".cache", "fineprint", "djl").toString());
        }
        // no GPU here: DJL's CUDA probe would warn on every start
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda", "off");
    }
}

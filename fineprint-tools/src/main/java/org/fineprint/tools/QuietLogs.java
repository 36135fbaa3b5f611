package org.fineprint.tools;

/**
 * Keeps per-document INFO logs, PDFBox font warnings and DJL's notes (no CUDA on a CPU machine; no
 * maxLength from langchain4j's tokenizer) off the console of measuring commands.
 */
public final class QuietLogs {
    private QuietLogs() {
    }

    /** Call before the first logger is created; settings given with {@code -D} win. */
    public static void apply() {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.pdfbox", "error");
        setIfAbsent("org.slf4j.simpleLogger.log.org.apache.fontbox", "error");
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "error");
        setIfAbsent("org.slf4j.simpleLogger.log.ai.djl.huggingface.tokenizers.HuggingFaceTokenizer", "error");
    }

    /** Sets a system property unless it is already set (for example with {@code -D}). */
    public static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

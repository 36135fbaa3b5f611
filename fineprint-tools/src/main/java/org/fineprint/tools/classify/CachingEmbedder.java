package org.fineprint.tools.classify;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fineprint.analyze.classify.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link Embedder} that keeps every vector it computed in an append-only file, keyed by the
 * SHA-256 of the text, so repeated training and evaluation runs embed each sentence once. For
 * tools only: the shipped path never caches.
 *
 * <p>File: {@code <dir>/<model>/onnxruntime-<version>/vectors.bin}, records of 16 key bytes then
 * {@code dimension} floats. Not thread-safe.
 */
final class CachingEmbedder implements Embedder {
    private static final Logger log = LoggerFactory.getLogger(CachingEmbedder.class);

    private final Embedder delegate;
    private final Path file;
    private final Map<Key, float[]> vectors = new HashMap<>();
    private int computed;

    private record Key(long high, long low) {
    }

    /**
     * @param delegate the real encoder
     * @param cacheDir the cache root, e.g. {@code ~/.cache/fineprint/embeddings}
     * @param runtimeVersion the ONNX Runtime version (vectors differ slightly between versions)
     */
    CachingEmbedder(Embedder delegate, Path cacheDir, String runtimeVersion) {
        this.delegate = delegate;
        this.file = cacheDir.resolve(delegate.modelName()).resolve("onnxruntime-" + runtimeVersion).resolve("vectors.bin");
        load();
    }

    /** @return {@code ~/.cache/fineprint/embeddings} */
    static Path defaultDir() {
        return Path.of(System.getProperty("user.home"), ".cache", "fineprint", "embeddings");
    }

    @Override
    public float[][] embed(List<String> texts) {
        float[][] out = new float[texts.size()][];
        List<String> missing = new ArrayList<>();
        List<Key> missingKeys = new ArrayList<>();
        Map<Key, Integer> pending = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            Key key = key(texts.get(i));
            float[] v = vectors.get(key);
            if (v != null) {
                out[i] = v;
            } else if (!pending.containsKey(key)) {
                pending.put(key, missing.size());
                missing.add(texts.get(i));
                missingKeys.add(key);
            }
        }
        if (!missing.isEmpty()) {
            log.info("embedding {} new texts with {}", missing.size(), delegate.modelName());
            int batch = 512;
            for (int from = 0; from < missing.size(); from += batch) {
                int to = Math.min(missing.size(), from + batch);
                float[][] computedNow = delegate.embed(missing.subList(from, to));
                append(missingKeys.subList(from, to), computedNow);
                for (int k = 0; k < computedNow.length; k++) {
                    vectors.put(missingKeys.get(from + k), computedNow[k]);
                }
                computed += computedNow.length;
                log.info("embedded {}/{}", to, missing.size());
            }
            for (int i = 0; i < texts.size(); i++) {
                if (out[i] == null) {
                    out[i] = vectors.get(key(texts.get(i)));
                }
            }
        }
        return out;
    }

    /** @return how many texts this instance sent to the real encoder */
    int computed() {
        return computed;
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        int dim = delegate.dimension();
        try (InputStream in = Files.newInputStream(file);
                DataInputStream data = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16))) {
            while (true) {
                long high;
                try {
                    high = data.readLong();
                } catch (EOFException end) {
                    break;
                }
                long low = data.readLong();
                float[] v = new float[dim];
                for (int j = 0; j < dim; j++) {
                    v[j] = data.readFloat();
                }
                vectors.put(new Key(high, low), v);
            }
        } catch (EOFException truncated) {
            log.warn("embedding cache {} ends in a partial record; it is ignored from there", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedding cache " + file + "; delete it", e);
        }
        log.info("embedding cache {} holds {} vectors", file, vectors.size());
    }

    private void append(List<Key> keys, float[][] computedNow) {
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream os = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
                for (int k = 0; k < keys.size(); k++) {
                    out.writeLong(keys.get(k).high());
                    out.writeLong(keys.get(k).low());
                    for (float f : computedNow[k]) {
                        out.writeFloat(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the embedding cache " + file, e);
        }
    }

    private static Key key(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long high = 0;
            long low = 0;
            for (int i = 0; i < 8; i++) {
                high = (high << 8) | (d[i] & 0xff);
                low = (low << 8) | (d[8 + i] & 0xff);
            }
            return new Key(high, low);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

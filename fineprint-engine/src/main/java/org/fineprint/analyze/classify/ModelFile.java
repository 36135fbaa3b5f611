package org.fineprint.analyze.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link ClassifierModel}s in Fineprint's model file format ({@code .fpm}).
 *
 * <p>The file is one gzip stream holding, in Java {@link DataOutputStream} encoding: the magic
 * string {@value #MAGIC}, the format version ({@value #FORMAT_VERSION}), a UTF-8 JSON header
 * (length-prefixed; name, labels, encoder, feature and TF-IDF settings, metadata), the vocabulary
 * (count, then one string per term), the idf values (floats), then the gate heads and the final
 * heads (count, then per head: label, bias and threshold as floats, weight count, weights as IEEE
 * half-precision floats). Writing rounds head weights to half precision (see
 * {@link LinearHead#toHalfPrecision()}; the trainer already does). The same model always gives
 * the same bytes: gzip carries no timestamp and the metadata is written in key order.
 */
public final class ModelFile {
    /** The first string in every model file. */
    public static final String MAGIC = "fineprint-classifier";
    /** The version this class writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ModelFile() {
    }

    /**
     * Writes a model file.
     *
     * @param model the model
     * @param file where to write it (replaced when it exists)
     * @throws ClassifierException when the file cannot be written
     */
    public static void write(ClassifierModel model, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(model, out);
        } catch (IOException e) {
            throw new ClassifierException(file.toString(), "the model file could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Writes a model to a stream (which is not closed, but the gzip stream on it is finished).
     *
     * @param model the model
     * @param stream where to write it
     * @throws IOException when writing fails
     */
    public static void write(ClassifierModel model, OutputStream stream) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new NonClosing(stream), 1 << 16);
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(gzip, 1 << 16));
        out.writeUTF(MAGIC);
        out.writeInt(FORMAT_VERSION);
        byte[] header = JSON.writeValueAsBytes(header(model));
        out.writeInt(header.length);
        out.write(header);
        List<String> terms = model.vectorizer().terms();
        out.writeInt(terms.size());
        for (String term : terms) {
            out.writeUTF(term);
        }
        writeFloats(out, model.vectorizer().idf());
        writeHeads(out, model.gate());
        writeHeads(out, model.heads());
        out.flush();
        gzip.finish();
    }

    /**
     * Reads a model file.
     *
     * @param file the file
     * @return the model
     * @throws ClassifierException when the file is missing, damaged or of another format version
     */
    public static ClassifierModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ClassifierException(file.toString(), "the model file could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model from the class path.
     *
     * @param resource an absolute resource path such as {@code /models/claudette.fpm}
     * @return the model
     * @throws ClassifierException when the resource is missing, damaged or of another format version
     */
    public static ClassifierModel readResource(String resource) {
        try (InputStream in = ModelFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassifierException(resource, "the model is not on the class path; rebuild the engine jar "
                        + "or retrain it with fineprint train");
            }
            return read(in, resource);
        } catch (IOException e) {
            throw new ClassifierException(resource, "the model could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model from a stream.
     *
     * @param stream the model file's bytes
     * @param source where they come from, for messages
     * @return the model
     * @throws ClassifierException when the bytes are not a model file of this format version
     */
    public static ClassifierModel read(InputStream stream, String source) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
            if (!MAGIC.equals(in.readUTF())) {
                throw new ClassifierException(source, "not a Fineprint model file");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new ClassifierException(source, "model format version " + version + " is not supported (this "
                        + "build reads version " + FORMAT_VERSION + "); retrain the model with fineprint train");
            }
            byte[] headerBytes = new byte[in.readInt()];
            in.readFully(headerBytes);
            JsonNode header = JSON.readTree(headerBytes);
            int vocabularySize = in.readInt();
            List<String> terms = new ArrayList<>(vocabularySize);
            for (int i = 0; i < vocabularySize; i++) {
                terms.add(in.readUTF());
            }
            float[] idf = readFloats(in);
            List<LinearHead> gate = readHeads(in);
            List<LinearHead> heads = readHeads(in);
            return model(header, new TfidfVectorizer(tfidfSettings(header.get("tfidf")), terms, idf), gate, heads);
        } catch (IOException | JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new ClassifierException(source, "the model file is damaged: " + e.getMessage()
                    + "; restore it from git or retrain it", e);
        }
    }

    private static ObjectNode header(ClassifierModel model) {
        ObjectNode h = JSON.createObjectNode();
        h.put("name", model.name());
        h.putArray("labels").addAll(model.labels().stream().map(JSON.getNodeFactory()::stringNode).toList());
        h.put("encoder", model.encoder());
        h.put("embeddingDimension", model.embeddingDimension());
        ObjectNode f = h.putObject("features");
        f.put("lexical", model.features().lexical());
        f.put("embeddingScale", model.features().embeddingScale());
        f.put("contextScale", model.features().contextScale());
        TfidfSettings s = model.vectorizer().settings();
        ObjectNode t = h.putObject("tfidf");
        t.put("maxWordNgram", s.maxWordNgram());
        t.put("minCharNgram", s.minCharNgram());
        t.put("maxCharNgram", s.maxCharNgram());
        t.put("minDf", s.minDf());
        t.put("maxFeatures", s.maxFeatures());
        t.put("sublinearTf", s.sublinearTf());
        ObjectNode m = h.putObject("metadata");
        new TreeMap<>(model.metadata()).forEach(m::put);
        return h;
    }

    private static ClassifierModel model(JsonNode h, TfidfVectorizer vectorizer, List<LinearHead> gate,
            List<LinearHead> heads) {
        List<String> labels = new ArrayList<>();
        h.get("labels").forEach(n -> labels.add(n.asString()));
        JsonNode f = h.get("features");
        FeatureSpec features = new FeatureSpec(f.get("lexical").asBoolean(), f.get("embeddingScale").asDouble(),
                f.get("contextScale").asDouble());
        Map<String, String> metadata = new TreeMap<>();
        h.get("metadata").properties().forEach(e -> metadata.put(e.getKey(), e.getValue().asString()));
        return new ClassifierModel(h.get("name").asString(), labels, vectorizer, features, h.get("encoder").asString(),
                h.get("embeddingDimension").asInt(), gate, heads, metadata);
    }

    private static TfidfSettings tfidfSettings(JsonNode t) {
        return new TfidfSettings(t.get("maxWordNgram").asInt(), t.get("minCharNgram").asInt(),
                t.get("maxCharNgram").asInt(), t.get("minDf").asInt(), t.get("maxFeatures").asInt(),
                t.get("sublinearTf").asBoolean());
    }

    private static void writeHeads(DataOutputStream out, List<LinearHead> heads) throws IOException {
        out.writeInt(heads.size());
        for (LinearHead h : heads) {
            out.writeUTF(h.label());
            out.writeFloat(h.bias());
            out.writeFloat(h.threshold());
            out.writeInt(h.weights().length);
            for (float w : h.weights()) {
                out.writeShort(Float.floatToFloat16(w));
            }
        }
    }

    private static List<LinearHead> readHeads(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<LinearHead> heads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String label = in.readUTF();
            float bias = in.readFloat();
            float threshold = in.readFloat();
            int n = in.readInt();
            if (n < 0 || n > 50_000_000) {
                throw new IOException("implausible weight count " + n);
            }
            float[] weights = new float[n];
            for (int j = 0; j < n; j++) {
                weights[j] = Float.float16ToFloat(in.readShort());
            }
            heads.add(new LinearHead(label, weights, bias, threshold));
        }
        return heads;
    }

    private static void writeFloats(DataOutputStream out, float[] values) throws IOException {
        out.writeInt(values.length);
        for (float v : values) {
            out.writeFloat(v);
        }
    }

    private static float[] readFloats(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 50_000_000) {
            throw new IOException("implausible array length " + n);
        }
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = in.readFloat();
        }
        return values;
    }

    /** Lets the gzip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}

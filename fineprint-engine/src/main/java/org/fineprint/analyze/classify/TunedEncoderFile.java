package org.fineprint.analyze.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes {@link TunedEncoderModel}s ({@code .fpt} files).
 *
 * <p>In Java {@link DataOutputStream} encoding: the magic string {@value #MAGIC}, the format version
 * ({@value #FORMAT_VERSION}), a length-prefixed UTF-8 JSON header (name, base model, labels, token
 * limit, hidden size, metadata, and per member its logit offset and the names and shapes of its
 * tensors), then every member's values in header order (its tensors, then the head's matrix and
 * bias) as IEEE half-precision floats. Writing rounds to half precision; the same model always
 * gives the same bytes (tensors and metadata in name order). Not compressed: half-precision weights
 * hardly shrink.
 */
public final class TunedEncoderFile {
    /** The first string in every tuned-encoder file. */
    public static final String MAGIC = "fineprint-tuned-encoder";
    /** The version this class writes and reads. */
    public static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TunedEncoderFile() {
    }

    /**
     * Writes a model file.
     *
     * @param model the model
     * @param file where to write it (replaced when it exists)
     * @throws ClassifierException when the file cannot be written
     */
    public static void write(TunedEncoderModel model, Path file) {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            out.writeUTF(MAGIC);
            out.writeInt(FORMAT_VERSION);
            byte[] header = JSON.writeValueAsBytes(header(model));
            out.writeInt(header.length);
            out.write(header);
            for (TunedEncoderModel.Member m : model.members()) {
                for (TunedEncoderModel.Tensor t : new TreeMap<>(m.initializers()).values()) {
                    writeHalves(out, t.values());
                }
                writeHalves(out, m.headWeight());
                writeHalves(out, m.headBias());
            }
        } catch (IOException e) {
            throw new ClassifierException(file.toString(), "the tuned encoder could not be written: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model from the class path.
     *
     * @param resource the resource path, e.g. {@code /models/claudette-tuned.fpt}
     * @return the model
     * @throws ClassifierException when the resource is missing or not a tuned-encoder file
     */
    public static TunedEncoderModel readResource(String resource) {
        InputStream in = TunedEncoderFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new ClassifierException(resource, "the tuned encoder is not on the class path");
        }
        try (in) {
            return read(in, resource);
        } catch (IOException e) {
            throw new ClassifierException(resource, "the tuned encoder could not be read: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a model file.
     *
     * @param file the file
     * @return the model
     * @throws ClassifierException when the file is missing or not a tuned-encoder file
     */
    public static TunedEncoderModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ClassifierException(file.toString(), "the tuned encoder could not be read: " + e.getMessage(), e);
        }
    }

    private static TunedEncoderModel read(InputStream stream, String source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        String magic;
        try {
            magic = in.readUTF();
        } catch (IOException e) {
            magic = "";
        }
        if (!MAGIC.equals(magic)) {
            throw new ClassifierException(source, "not a tuned-encoder file (it does not start with " + MAGIC + ")");
        }
        int version = in.readInt();
        if (version != FORMAT_VERSION) {
            throw new ClassifierException(source, "tuned-encoder format " + version + " is not supported (this build reads "
                    + FORMAT_VERSION + "); rebuild it with 'fineprint finetune'");
        }
        byte[] headerBytes = new byte[in.readInt()];
        in.readFully(headerBytes);
        JsonNode h;
        try {
            h = JSON.readTree(headerBytes);
        } catch (JacksonException e) {
            throw new ClassifierException(source, "the tuned encoder's header is not valid JSON: " + e.getOriginalMessage(), e);
        }
        List<String> labels = new ArrayList<>();
        h.get("labels").forEach(l -> labels.add(l.asString()));
        int hidden = h.get("hidden").asInt();
        Map<String, String> metadata = new LinkedHashMap<>();
        h.get("metadata").properties().forEach(e -> metadata.put(e.getKey(), e.getValue().asString()));
        List<TunedEncoderModel.Member> members = new ArrayList<>();
        for (JsonNode m : h.get("members")) {
            Map<String, TunedEncoderModel.Tensor> tensors = new LinkedHashMap<>();
            for (JsonNode t : m.get("tensors")) {
                long[] shape = new long[t.get("shape").size()];
                long size = 1;
                for (int i = 0; i < shape.length; i++) {
                    shape[i] = t.get("shape").get(i).asLong();
                    size *= shape[i];
                }
                tensors.put(t.get("name").asString(), new TunedEncoderModel.Tensor(shape, readHalves(in, Math.toIntExact(size))));
            }
            float[] weight = readHalves(in, hidden * labels.size());
            float[] bias = readHalves(in, labels.size());
            members.add(new TunedEncoderModel.Member(tensors, weight, bias, m.get("logitOffset").floatValue()));
        }
        if (in.read() != -1) {
            throw new ClassifierException(source, "the tuned encoder has bytes after its last member; the file is damaged");
        }
        return new TunedEncoderModel(h.get("name").asString(), h.get("baseModel").asString(), labels,
                h.get("maxTokens").asInt(), hidden, metadata, members);
    }

    private static ObjectNode header(TunedEncoderModel model) {
        ObjectNode h = JSON.createObjectNode();
        h.put("name", model.name());
        h.put("baseModel", model.baseModel());
        ArrayNode labels = h.putArray("labels");
        model.labels().forEach(labels::add);
        h.put("maxTokens", model.maxTokens());
        h.put("hidden", model.hidden());
        ObjectNode metadata = h.putObject("metadata");
        new TreeMap<>(model.metadata()).forEach(metadata::put);
        ArrayNode members = h.putArray("members");
        for (TunedEncoderModel.Member m : model.members()) {
            ObjectNode member = members.addObject();
            member.put("logitOffset", m.logitOffset());
            ArrayNode tensors = member.putArray("tensors");
            new TreeMap<>(m.initializers()).forEach((name, t) -> {
                ObjectNode tensor = tensors.addObject();
                tensor.put("name", name);
                ArrayNode shape = tensor.putArray("shape");
                for (long d : t.shape()) {
                    shape.add(d);
                }
            });
        }
        return h;
    }

    private static void writeHalves(DataOutputStream out, float[] values) throws IOException {
        for (float v : values) {
            out.writeShort(Float.floatToFloat16(v));
        }
    }

    private static float[] readHalves(DataInputStream in, int count) throws IOException {
        byte[] bytes = new byte[2 * count];
        in.readFully(bytes);
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = Float.float16ToFloat((short) (((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff)));
        }
        return out;
    }
}

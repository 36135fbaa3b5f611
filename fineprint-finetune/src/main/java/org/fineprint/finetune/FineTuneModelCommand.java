package org.fineprint.finetune;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fineprint.analyze.classify.TunedEncoderFile;
import org.fineprint.analyze.classify.TunedEncoderModel;
import org.fineprint.tools.classify.ClaudetteData;
import org.fineprint.tools.classify.LabeledSentence;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code fineprint finetune claudette-model}: trains the tuned CLAUDETTE encoder on all of
 * claudette-tos50 with the recipe {@code finetune claudette} cross-validates, one member per seed,
 * and writes it as a tuned-encoder file for the engine ({@code ClaudetteEnsemble}).
 */
@Command(name = "claudette-model", mixinStandardHelpOptions = true,
        description = {"Train the tuned CLAUDETTE encoder on all of claudette-tos50 (the recipe 'finetune claudette' "
                + "cross-validates), one member per seed, and write it for the engine.",
            "With --reference, also write margins of a few sentences computed here, from the written file, "
                + "for the engine's parity test."})
final class FineTuneModelCommand implements Callable<Integer> {
    /** Where the engine reads the committed models. */
    private static final String MODELS = "fineprint-engine/src/main/resources/models";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Mixin
    RecipeOptions recipe = new RecipeOptions();

    @Option(names = "--seeds", split = ",", paramLabel = "SEED",
            description = "One member per seed; their margins are averaged (default: ${DEFAULT-VALUE}).")
    List<Long> seeds = List.of(1000L, 2000L);

    @Option(names = "--output", paramLabel = "FILE", description = "The model file to write (default: the engine's, "
            + MODELS + "/claudette-tuned.fpt for bge-small-en-v1.5, claudette-tuned-minilm.fpt for all-minilm-l6-v2).")
    @Nullable Path outputOption;

    /** The committed model of a base encoder, which the engine reads ({@code ClaudetteEnsemble.TUNED_MODELS}). */
    static Path committed(BaseEncoder base) {
        return Path.of(MODELS).resolve(switch (base) {
            case BGE_SMALL -> "claudette-tuned.fpt";
            case ALL_MINILM -> "claudette-tuned-minilm.fpt";
        });
    }

    @Option(names = "--add-to", paramLabel = "FILE",
            description = "Keep the members of this model (trained with the same recipe) and add those of --seeds.")
    @Nullable Path addTo;

    @Option(names = "--date", description = "The date recorded in the model (default: today).")
    @Nullable LocalDate date;

    @Option(names = "--reference", paramLabel = "FILE",
            description = "Also write JSON with some sentences and their margins under the written model, computed here.")
    @Nullable Path reference;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        recipe.check(spec);
        Path output = outputOption != null ? outputOption : committed(recipe.base);
        RecipeOptions.check(spec, !seeds.isEmpty(), "--seeds needs at least one seed");
        Path parent = output.toAbsolutePath().getParent();
        RecipeOptions.check(spec, parent != null && Files.isDirectory(parent), "the folder of --output " + output + " does not exist");
        List<TunedEncoderModel.Member> members = new ArrayList<>();
        List<Long> allSeeds = new ArrayList<>();
        String earlierCommand = "";
        if (addTo != null) {
            RecipeOptions.check(spec, Files.isRegularFile(addTo), "--add-to " + addTo + " is not a file");
            TunedEncoderModel earlier = TunedEncoderFile.read(addTo);
            RecipeOptions.check(spec, recipe.base.id().equals(earlier.baseModel()),
                    "--add-to " + addTo + " tunes " + earlier.baseModel() + ", not " + recipe.base.id());
            RecipeOptions.check(spec, recipe.describe().equals(earlier.metadata().get("recipe")),
                    "--add-to " + addTo + " was trained with another recipe: " + earlier.metadata().get("recipe"));
            members.addAll(earlier.members());
            allSeeds.addAll(seeds(earlier.metadata().getOrDefault("seeds", "")));
            earlierCommand = earlier.metadata().getOrDefault("command", "") + "; then ";
            RecipeOptions.check(spec, seeds.stream().noneMatch(allSeeds::contains),
                    "--add-to " + addTo + " already has members of seeds " + allSeeds + "; choose other --seeds");
        }
        allSeeds.addAll(seeds);
        PrintStream progress = System.err;
        long start = System.nanoTime();
        List<LabeledSentence> tos50 = recipe.tos50();
        List<LabeledSentence> all = RecipeOptions.concat(tos50, recipe.extra());
        Map<String, BaseEncoder.Tensor> weights = recipe.base.weights();
        try (NDManager manager = NDManager.newBaseManager()) {
            Bert bert = new Bert(manager, weights, RecipeOptions.DROPOUT);
            List<FoldTrainer.Encoded> encoded = recipe.encode(manager, bert, all, progress);
            for (long seed : seeds) {
                FoldTrainer trainer = new FoldTrainer(recipe.settings(seed), ClaudetteData.LEXGLUE_LABELS, weights, progress);
                try (NDManager fm = manager.newSubManager()) {
                    FoldTrainer.Trained trained = trainer.train(fm, bert, encoded, 0, "seed " + seed + ", all data");
                    members.add(member(trained, weights));
                    trained.restore();
                }
            }
            LocalDate day = date != null ? date : LocalDate.now();
            Map<String, String> metadata = new LinkedHashMap<>();
            metadata.put("trained", day.toString());
            metadata.put("recipe", recipe.describe());
            metadata.put("seeds", allSeeds.toString());
            metadata.put("data", "claudette-tos50 (" + tos50.size() + " sentences)"
                    + (recipe.extraData ? " + claudette-multilingual-50 English (" + (all.size() - tos50.size()) + ")" : ""));
            metadata.put("command", earlierCommand + "fineprint finetune " + String.join(" ", spec.commandLine().getParseResult().originalArgs()));
            TunedEncoderModel model = new TunedEncoderModel("claudette", recipe.base.id(), ClaudetteData.LEXGLUE_LABELS,
                    recipe.maxTokens, Bert.HIDDEN, metadata, members);
            TunedEncoderFile.write(model, output);
            progress.printf("wrote %s (%d bytes, %d members)%n", output, size(output), members.size());
            if (reference != null) {
                writeReference(manager, bert, weights, TunedEncoderFile.read(output), output, tos50);
            }
        }
        System.out.printf("trained %d members in %.0f s: %s%n", seeds.size(), (System.nanoTime() - start) / 1e9, output);
        return 0;
    }

    /** The seeds recorded in a model's metadata, e.g. {@code [1000, 2000]}. */
    private static List<Long> seeds(String recorded) {
        return Arrays.stream(recorded.replaceAll("[\\[\\]\\s]", "").split(",")).filter(x -> !x.isEmpty())
                .map(Long::valueOf).toList();
    }

    /** A trained run as the engine stores it: the replaced initializers under their ONNX names, and the head. */
    private static TunedEncoderModel.Member member(FoldTrainer.Trained trained, Map<String, BaseEncoder.Tensor> weights) {
        Map<String, TunedEncoderModel.Tensor> tensors = new HashMap<>();
        trained.layers().forEach((name, array) -> {
            BaseEncoder.Tensor base = weights.get(name);
            tensors.put(base.onnxName(), new TunedEncoderModel.Tensor(base.shape(), array.toFloatArray()));
        });
        return new TunedEncoderModel.Member(tensors, trained.headW().toFloatArray(), trained.headB().toFloatArray(),
                trained.logitOffset());
    }

    /**
     * Margins, computed with this module's encoder from the model as written (half precision), of a
     * sentence with each label, some without any, and the longest (cut at the token limit).
     */
    private void writeReference(NDManager manager, Bert bert, Map<String, BaseEncoder.Tensor> weights, TunedEncoderModel model,
            Path output, List<LabeledSentence> sentences) {
        List<LabeledSentence> picked = new ArrayList<>();
        for (String label : model.labels()) {
            sentences.stream().filter(s -> s.labels().contains(label)).findFirst().ifPresent(picked::add);
        }
        sentences.stream().filter(s -> s.labels().isEmpty()).limit(4).forEach(picked::add);
        picked.add(sentences.stream().max(Comparator.comparingInt(s -> s.text().length())).orElseThrow());
        Map<String, String> byOnnxName = new HashMap<>();
        weights.forEach((name, t) -> byOnnxName.put(t.onnxName(), name));
        List<FoldTrainer.Encoded> encoded = recipe.encode(manager, bert, picked, System.err);
        double[][] mean = new double[picked.size()][model.labels().size()];
        FoldTrainer scorer = new FoldTrainer(recipe.settings(0), model.labels(), weights, System.err);
        for (TunedEncoderModel.Member m : model.members()) {
            try (NDManager fm = manager.newSubManager()) {
                Map<String, NDArray> layers = new HashMap<>();
                m.initializers().forEach((onnx, t) -> layers.put(byOnnxName.get(onnx), fm.create(t.values(), new Shape(t.shape()))));
                FoldTrainer.Trained run = new FoldTrainer.Trained(bert, layers,
                        fm.create(m.headWeight(), new Shape(model.hidden(), model.labels().size())), fm.create(m.headBias()),
                        m.logitOffset(), bert.set(layers));
                double[][] margins = scorer.score(fm, run, encoded);
                run.restore();
                for (int i = 0; i < margins.length; i++) {
                    for (int j = 0; j < margins[i].length; j++) {
                        mean[i][j] += margins[i][j] / model.members().size();
                    }
                }
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("model", output.getFileName().toString());
        root.put("note", "margins under the model as written, computed by fineprint-finetune (DJL); the engine must agree");
        ArrayNode labels = root.putArray("labels");
        model.labels().forEach(labels::add);
        ArrayNode rows = root.putArray("sentences");
        for (int i = 0; i < picked.size(); i++) {
            ObjectNode row = rows.addObject();
            row.put("text", picked.get(i).text());
            ArrayNode margins = row.putArray("margins");
            for (double v : mean[i]) {
                margins.add(v);
            }
        }
        try {
            Files.writeString(reference, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + reference + ": " + e.getMessage(), e);
        }
        System.err.printf("wrote %s (%d sentences)%n", reference, picked.size());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}

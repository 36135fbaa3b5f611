package org.fineprint.server.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fineprint.registry.DeclarationException;
import org.fineprint.registry.DeclarationReader;
import org.fineprint.registry.ServiceDeclaration;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds what to import under a path, in the layouts Open Terms Archive uses:
 * <ul>
 *   <li>a versions tree, {@code <Service>/<Terms type>.md} (each file is the current version);</li>
 *   <li>flat collections, {@code <collection>/<Service>__<Terms-type>.md} (hyphens for spaces), as
 *       in Fineprint's shared data, whose {@code index.json} beside {@code texts/} gives exact names,
 *       languages and dates when present;</li>
 *   <li>service declarations, {@code <Service>.json}, directly under the path or in a
 *       {@code declarations/} folder.</li>
 * </ul>
 * Files are read in path order; the jurisdiction comes from a {@code vlopses-xx} collection name.
 */
final class OtaSources {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern VLOPSES = Pattern.compile("vlopses-([a-z]{2})(?:-versions)?");
    private static final Set<String> NOT_TERMS = Set.of("readme", "changelog", "license", "contributing");
    private static final int MAX_DEPTH = 4;

    private OtaSources() {
    }

    /** One text file: the current version of one document. */
    record TextFile(Path file, String service, String termsType, @Nullable String collection,
                    @Nullable String jurisdiction, @Nullable String language, Instant recordedAt) {
    }

    /** One service declaration file, with each terms declaration's JSON as written. */
    record DeclarationFile(Path file, ServiceDeclaration declaration, Map<String, String> termsJson) {
    }

    /** A file that cannot be imported, with the reason. */
    record Problem(Path file, String message) {
    }

    /** Everything found under a path. */
    record Found(List<TextFile> texts, List<DeclarationFile> declarations, List<Problem> problems) {
        int size() {
            return texts.size() + declarations.stream().mapToInt(d -> d.termsJson().size()).sum();
        }
    }

    /**
     * Lists the texts and declarations under a file or directory.
     *
     * @throws IllegalArgumentException when the path does not exist
     */
    static Found scan(Path path) {
        Path root = path.toAbsolutePath().normalize();
        if (!Files.exists(root)) {
            throw new IllegalArgumentException("Import failed: " + path + " does not exist; give a directory of "
                    + "<Service>/<Terms type>.md files, <Service>__<Terms-type>.md files or <Service>.json declarations");
        }
        List<Path> files = Files.isDirectory(root) ? list(root) : List.of(root);
        Map<Path, Map<Path, IndexEntry>> indexes = new HashMap<>();
        List<TextFile> texts = new ArrayList<>();
        List<DeclarationFile> declarations = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try {
                if (name.endsWith(".md")) {
                    textFile(root, file, indexes).ifPresent(texts::add);
                } else if (isDeclaration(root, file)) {
                    declarations.add(declarationFile(file));
                }
            } catch (DeclarationException e) {
                problems.add(new Problem(file, e.getMessage()));
            } catch (UncheckedIOException e) {
                problems.add(new Problem(file, "Import failed: cannot read " + file + " (" + e.getCause().getMessage() + ")"));
            }
        }
        return new Found(texts, declarations, problems);
    }

    private static List<Path> list(Path root) {
        try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !hidden(root, p))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Import failed: cannot list " + root, e);
        }
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".") || part.toString().equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    private static Optional<TextFile> textFile(Path root, Path file, Map<Path, Map<Path, IndexEntry>> indexes) {
        String base = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (NOT_TERMS.contains(base.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Path parent = file.getParent();
        @Nullable IndexEntry entry = indexEntry(file, indexes);
        String service;
        String termsType;
        @Nullable String collection;
        int split = base.indexOf("__");
        if (split > 0) {
            service = base.substring(0, split).replace('-', ' ');
            termsType = base.substring(split + 2).replace('-', ' ');
            collection = parent.getFileName() != null ? parent.getFileName().toString() : null;
        } else if (parent.equals(root) || parent.getFileName() == null) {
            return Optional.empty(); // a stray Markdown file at the top, not <Service>/<Terms type>.md
        } else {
            service = parent.getFileName().toString();
            termsType = base;
            collection = collectionAbove(parent);
        }
        if (entry != null) {
            service = entry.service();
            termsType = entry.termsType();
            collection = entry.collection();
        }
        return Optional.of(new TextFile(file, service, termsType, collection, jurisdiction(file, collection),
                entry != null ? entry.language() : null,
                entry != null && entry.lastChange() != null ? entry.lastChange() : modified(file)));
    }

    private static @Nullable String collectionAbove(Path serviceDirectory) {
        Path above = serviceDirectory.getParent();
        return above != null && above.getFileName() != null ? above.getFileName().toString() : null;
    }

    /** {@code vlopses-us-versions} → {@code US}, from the collection or any folder above the file. */
    static @Nullable String jurisdiction(Path file, @Nullable String collection) {
        if (collection != null) {
            Matcher m = VLOPSES.matcher(collection);
            if (m.find()) {
                return m.group(1).toUpperCase(Locale.ROOT);
            }
        }
        for (Path p = file.getParent(); p != null && p.getFileName() != null; p = p.getParent()) {
            Matcher m = VLOPSES.matcher(p.getFileName().toString());
            if (m.matches()) {
                return m.group(1).toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isDeclaration(Path root, Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".json") || name.endsWith(".history.json") || name.equals("index.json")
                || name.startsWith("package") || name.equals("tosdr_pairing.json") || name.equals("stats.json")) {
            return false;
        }
        Path parent = file.getParent();
        return file.equals(root) || parent.equals(root)
                || parent.getFileName() != null && parent.getFileName().toString().equals("declarations");
    }

    private static DeclarationFile declarationFile(Path file) {
        ServiceDeclaration declaration = DeclarationReader.readService(file);
        Map<String, String> termsJson = new TreeMap<>();
        try {
            JsonNode terms = JSON.readTree(file.toFile()).path("terms");
            for (Map.Entry<String, JsonNode> e : terms.properties()) {
                termsJson.put(e.getKey(), JSON.writeValueAsString(e.getValue()));
            }
        } catch (JacksonException e) {
            throw new DeclarationException(file.toString(), "not valid JSON (" + e.getOriginalMessage() + ")");
        }
        return new DeclarationFile(file, declaration, termsJson);
    }

    /** One row of the shared data's {@code index.json}. */
    record IndexEntry(String service, String termsType, @Nullable String collection, @Nullable String language,
                      @Nullable Instant lastChange) {
    }

    /** Looks the file up in an {@code index.json} two or three folders above it ({@code texts/<collection>/}). */
    private static @Nullable IndexEntry indexEntry(Path file, Map<Path, Map<Path, IndexEntry>> indexes) {
        Path dir = file.getParent();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Path indexFile = dir.resolve("index.json");
            if (Files.isRegularFile(indexFile)) {
                Map<Path, IndexEntry> index = indexes.computeIfAbsent(dir, d -> readIndex(indexFile));
                IndexEntry entry = index.get(file);
                if (entry != null) {
                    return entry;
                }
            }
        }
        return null;
    }

    private static Map<Path, IndexEntry> readIndex(Path indexFile) {
        Map<Path, IndexEntry> entries = new LinkedHashMap<>();
        try {
            JsonNode root = JSON.readTree(indexFile.toFile());
            if (!root.isArray()) {
                return entries;
            }
            for (JsonNode row : root) {
                if (!row.path("file").isString() || !row.path("service").isString()
                        || !row.path("terms_type").isString()) {
                    continue;
                }
                String collection = row.path("collection").asString(null);
                if (collection != null && collection.contains("/")) {
                    collection = collection.substring(collection.lastIndexOf('/') + 1);
                }
                entries.put(indexFile.getParent().resolve(row.path("file").asString()).normalize(),
                        new IndexEntry(row.path("service").asString(), row.path("terms_type").asString(), collection,
                                row.path("lang").isString() ? row.path("lang").asString() : null,
                                date(row.path("last_change_date").asString(null))));
            }
        } catch (JacksonException e) {
            // Not an index of texts: ignore it and fall back to names from the file layout.
        }
        return entries;
    }

    private static @Nullable Instant date(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

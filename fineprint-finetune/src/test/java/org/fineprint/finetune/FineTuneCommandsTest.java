package org.fineprint.finetune;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fineprint.analyze.classify.TunedEncoderFile;
import org.fineprint.analyze.classify.TunedEncoderModel;
import org.fineprint.tools.ToolsMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad options of the finetune commands fail at once, with one line, before any data is read or trained on. */
class FineTuneCommandsTest {

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        CommandLine cli = FineTuneMain.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err, true));
        return new Run(ToolsMain.execute(cli, args), err.toString());
    }

    @Test
    void refusesAModelToAddToThatIsNotThere(@TempDir Path dir) {
        Run r = run("claudette-model", "--add-to", dir.resolve("missing.fpt").toString(), "--output", dir.resolve("m.fpt").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).contains("--add-to").contains("is not a file").doesNotContain("\n");
    }

    @Test
    void refusesToAddASeedTheModelHasOrAnotherRecipe(@TempDir Path dir) {
        Path earlier = dir.resolve("earlier.fpt");
        TunedEncoderModel.Member member = new TunedEncoderModel.Member(Map.of(), new float[Bert.HIDDEN], new float[1], 0);
        TunedEncoderFile.write(new TunedEncoderModel("claudette", "bge-small-en-v1.5", List.of("a"), 128, Bert.HIDDEN,
                Map.of("recipe", new RecipeOptions().describe(), "seeds", "[1000, 2000]"), List.of(member)), earlier);
        String output = dir.resolve("m.fpt").toString();

        Run same = run("claudette-model", "--add-to", earlier.toString(), "--seeds", "2000", "--output", output);
        Run other = run("claudette-model", "--add-to", earlier.toString(), "--seeds", "3000", "--epochs", "3", "--output", output);

        assertThat(same.exit()).isEqualTo(2);
        assertThat(same.err()).contains("already has members of seeds [1000, 2000]");
        assertThat(other.exit()).isEqualTo(2);
        assertThat(other.err()).contains("was trained with another recipe");
        Run otherBase = run("claudette-model", "--add-to", earlier.toString(), "--seeds", "3000", "--base", "all-minilm-l6-v2",
                "--output", output);
        assertThat(otherBase.err()).contains("tunes bge-small-en-v1.5, not all-minilm-l6-v2");
        assertThat(Files.exists(dir.resolve("m.fpt"))).isFalse();
    }

    @Test
    void refusesAnOutputFolderThatIsNotThere(@TempDir Path dir) {
        Run r = run("claudette-model", "--output", dir.resolve("no/such/m.fpt").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("does not exist");
        assertThat(Files.exists(dir.resolve("no"))).isFalse();
    }

    @Test
    void refusesARecipeOutOfRange() {
        assertThat(run("claudette-model", "--from-layer", "12").err()).contains("--from-layer must be 0-11");
        assertThat(run("claudette-model", "--base", "all-minilm-l6-v2", "--from-layer", "6").err())
                .contains("--from-layer must be 0-5 for all-minilm-l6-v2");
        assertThat(run("claudette", "--base", "bert-large").err()).contains("no base encoder bert-large");
        assertThat(run("claudette", "--negative-share", "0").err()).contains("--negative-share must be above 0");
        assertThat(run("claudette", "--folds-to-run", "6").err()).contains("--folds-to-run takes folds 1-5");
    }

    @Test
    void refusesMarginFilesThatAreNotThere(@TempDir Path dir) {
        Run r = run("claudette", "--cascade", dir.resolve("cascade.tsv").toString());

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("cascade.tsv is not a file");
    }
}

package org.fineprint.analyze.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fineprint.analyze.llm.Answers.InvalidAnswerException;
import org.junit.jupiter.api.Test;

class AnswersTest {

    @Test
    void readsBulletsAndStripsBulletMarks() throws InvalidAnswerException {
        assertThat(Answers.bullets("{\"bullets\": [\"- One.\", \"• Two.\", \"  \"]}")).containsExactly("One.", "Two.");
    }

    @Test
    void repairsFencesThinkingAndSurroundingText() throws InvalidAnswerException {
        assertThat(Answers.overview("<think>let me see</think>\n```json\n{\"overview\": \"Fine.\"}\n```"))
                .isEqualTo("Fine.");
        assertThat(Answers.overview("Here you go: {\"overview\": \"Fine.\"} Hope this helps!")).isEqualTo("Fine.");
        assertThat(Answers.bullets("{\"bullets\": [\"One.\", \"Two.\",],}")).containsExactly("One.", "Two.");
    }

    @Test
    void refusesAnswersWithoutTheRequiredField() {
        assertThatThrownBy(() -> Answers.bullets("{\"summary\": []}")).hasMessage("the object has no \"bullets\" array");
        assertThatThrownBy(() -> Answers.points("[1, 2]")).hasMessageContaining("not an object");
        assertThatThrownBy(() -> Answers.overview("no json at all")).hasMessageStartingWith("it is not valid JSON");
    }

    @Test
    void readsPointsLeniently() throws InvalidAnswerException {
        var points = Answers.points("{\"points\": [{\"case\": \"data-sold\", \"sentiment\": \"negative\", "
                + "\"severity\": \"4\", \"title\": \"Sold\", \"explanation\": \"Why.\", \"quotes\": \"We sell data.\", "
                + "\"confidence\": 85}]}");

        assertThat(points).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(4);
            assertThat(p.quotes()).containsExactly("We sell data.");
            assertThat(p.confidence()).isEqualTo(0.85);
        });
    }

    @Test
    void readsDecisions() throws InvalidAnswerException {
        var decisions = Answers.decisions("{\"decisions\": [{\"candidate\": \"c1\", \"applies\": true, \"severity\": 3, "
                + "\"title\": \"T\", \"explanation\": \"E\", \"quote\": \"Q\"}, {\"candidate\": \"c2\", \"applies\": \"false\", "
                + "\"severity\": 1, \"title\": \"\", \"explanation\": \"\", \"quote\": \"\"}]}");

        assertThat(decisions).extracting(Answers.Decision::applies).containsExactly(true, false);
    }
}

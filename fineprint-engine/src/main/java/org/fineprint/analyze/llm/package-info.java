/** The LLM analyser: any OpenAI-compatible chat endpoint writes the prose, Fineprint checks every quote and rates. */
@NullMarked
package org.fineprint.analyze.llm;

import org.jspecify.annotations.NullMarked;

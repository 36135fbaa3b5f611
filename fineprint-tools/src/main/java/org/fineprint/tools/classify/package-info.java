/** Training, evaluation and benchmarks of the sentence classifiers (CLAUDETTE clause detection first). */
@NullMarked
package org.fineprint.tools.classify;

import org.jspecify.annotations.NullMarked;

/** Summaries: plain-language bullets per document, in document order, from facts and points. */
@NullMarked
package org.fineprint.analyze.summary;

import org.jspecify.annotations.NullMarked;

/** Segmentation: extracted text to clauses (sentences, list items, headings) with exact offsets. */
@NullMarked
package org.fineprint.analyze.segment;

import org.jspecify.annotations.NullMarked;

/** Analysis: documents' text to points, summaries, a rating and an overview; takes text, never fetches. */
@NullMarked
package org.fineprint.analyze;

import org.jspecify.annotations.NullMarked;

/** Extract: snapshots (HTML, PDF, text) to the normalised Markdown-like text every offset indexes into. */
@NullMarked
package org.fineprint.extract;

import org.jspecify.annotations.NullMarked;

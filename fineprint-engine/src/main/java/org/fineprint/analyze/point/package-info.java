/** Points: catalogue cases found in a document, each backed by verbatim, located quotes. */
@NullMarked
package org.fineprint.analyze.point;

import org.jspecify.annotations.NullMarked;

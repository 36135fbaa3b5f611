/** Extraction evaluation against Open Terms Archive's own versions, and extraction benchmarks. */
@NullMarked
package org.fineprint.tools.extract;

import org.jspecify.annotations.NullMarked;

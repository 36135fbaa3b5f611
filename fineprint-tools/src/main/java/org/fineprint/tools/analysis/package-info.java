/** Evaluation of the analyser against ToS;DR: located points, grades and the rating. */
@NullMarked
package org.fineprint.tools.analysis;

import org.jspecify.annotations.NullMarked;

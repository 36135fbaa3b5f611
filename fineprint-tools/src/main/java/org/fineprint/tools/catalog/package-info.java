/** Measures the case catalogue against the public datasets: ToS;DR coverage, CLAUDETTE and OPP-115 categories, cues. */
@NullMarked
package org.fineprint.tools.catalog;

import org.jspecify.annotations.NullMarked;

/** Classify: sentence classifiers (TF-IDF and embedding features, linear heads, a lexical gate) and their model files. */
@NullMarked
package org.fineprint.analyze.classify;

import org.jspecify.annotations.NullMarked;

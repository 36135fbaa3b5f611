/** Fineprint's engine: plain Java stages from registry to report, free of Spring and the database. */
@NullMarked
package org.fineprint;

import org.jspecify.annotations.NullMarked;

/** Rating: the documented formula that turns points into stars, with each point's contribution. */
@NullMarked
package org.fineprint.analyze.rating;

import org.jspecify.annotations.NullMarked;

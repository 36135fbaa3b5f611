/** Cross-cutting wiring: configuration properties, the embedded PostgreSQL, security, errors and the clock. */
@NullMarked
package org.fineprint.server.system;

import org.jspecify.annotations.NullMarked;

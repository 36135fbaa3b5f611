/** Fineprint's Spring Boot application: persistence, tracking jobs and published pages over the engine. */
@NullMarked
package org.fineprint.server;

import org.jspecify.annotations.NullMarked;

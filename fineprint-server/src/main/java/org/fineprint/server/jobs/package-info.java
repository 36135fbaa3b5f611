/** Scheduled work through db-scheduler: tasks that only call the tracker or the re-analyser, claimed through the database. */
@NullMarked
package org.fineprint.server.jobs;

import org.jspecify.annotations.NullMarked;

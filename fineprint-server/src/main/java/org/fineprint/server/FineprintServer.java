package org.fineprint.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Fineprint web site, API and tracking jobs. */
@SpringBootApplication
public class FineprintServer {
    public static void main(String[] args) {
        SpringApplication.run(FineprintServer.class, args);
    }
}

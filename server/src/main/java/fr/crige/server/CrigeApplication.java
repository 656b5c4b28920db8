package fr.crige.server;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The runnable crige server: assembles the catalog, the data directory, the stores, the OWS dispatcher and
 * the REST API. Start with {@code java -jar server/target/crige.jar [--server.port=N] [--crige.data-dir=PATH]}.
 */
@SpringBootApplication(scanBasePackages = "fr.crige")
@EnableConfigurationProperties(CrigeProperties.class)
public class CrigeApplication {

    public static void main(String[] args) {
        SpringApplication.run(CrigeApplication.class, args);
    }
}

package io.loginwatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LoginwatchApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoginwatchApplication.class, args);
    }
}

package org.sanxiang.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Tomcat reads a request body through a per-connection buffer of 8 KiB by default: a 1 GiB evidence
 * upload then costs some 130,000 socket reads, each a wake-up of the blocked request thread. A larger
 * buffer ({@code sanxiang.web.read-buffer}, 64 KiB) reads the same body in an eighth of the calls (issue 9,
 * evidence upload benchmark).
 */
@Configuration(proxyBeanMethods = false)
class ConnectorTuning {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> largerReads(
            @Value("${sanxiang.web.read-buffer:64KB}") DataSize readBuffer) {
        return factory -> factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appReadBufSize", String.valueOf(readBuffer.toBytes()));
            connector.setProperty("socket.rxBufSize", String.valueOf(Math.max(readBuffer.toBytes(), 262144)));
        });
    }
}

package org.sanxiang.recording;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduling for the daily checkpoint. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RecordingConfiguration {
}

package org.sanxiang.evidence;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Configuration of the evidence module.
 *
 * @param blobRoot                     where the file-system blob store keeps evidence files
 * @param maxSize                      the largest file per evidence type; types not listed use {@code defaultMaxSize}
 * @param defaultMaxSize               the largest file of a type not listed in {@code maxSize} (50 MiB)
 * @param mandatoryAudioVideoSteps     step (BPMN task) ids where audio-video is mandatory whatever the model
 *                                     says (RULES §5: seizure/detention, forced demolition, case-handling rooms)
 * @param orphanGrace                  how old an unreferenced blob or a staged upload must be before the orphan sweep
 *                                     moves it aside / removes it (1 hour); the sweep's schedule is
 *                                     {@code sanxiang.evidence.orphan-sweep-cron} ({@code -} disables it)
 */
@ConfigurationProperties("sanxiang.evidence")
public record EvidenceProperties(
        @DefaultValue("./data/blobs") Path blobRoot,
        Map<EvidenceType, DataSize> maxSize,
        @DefaultValue("50MB") DataSize defaultMaxSize,
        @DefaultValue({"Task_Seizure", "Task_ForcedDemolition"}) List<String> mandatoryAudioVideoSteps,
        @DefaultValue("1h") java.time.Duration orphanGrace) {

    public EvidenceProperties {
        Map<EvidenceType, DataSize> sizes = new EnumMap<>(EvidenceType.class);
        // audio-video recordings of a whole on-site action run to several GiB (G118)
        sizes.put(EvidenceType.AUDIO_VISUAL, DataSize.ofGigabytes(4));
        sizes.put(EvidenceType.ELECTRONIC_DATA, DataSize.ofGigabytes(1));
        sizes.put(EvidenceType.PHYSICAL, DataSize.ofMegabytes(500));
        if (maxSize != null) {
            sizes.putAll(maxSize);
        }
        maxSize = Map.copyOf(sizes);
        mandatoryAudioVideoSteps = mandatoryAudioVideoSteps == null ? List.of() : List.copyOf(mandatoryAudioVideoSteps);
        orphanGrace = orphanGrace == null ? java.time.Duration.ofHours(1) : orphanGrace;
    }

    public long maxBytes(EvidenceType type) {
        return maxSize.getOrDefault(type, defaultMaxSize).toBytes();
    }
}

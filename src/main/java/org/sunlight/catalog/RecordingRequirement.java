package org.sunlight.catalog;

/**
 * One line of a unit's published recording requirements (音像记录事项清单): which enforcement step is recorded and how.
 *
 * @param name the step as the list words it (调查询问, 现场检查（勘验）, …)
 * @param method 文字记录, 文字和音像记录 or 全过程音像记录
 */
public record RecordingRequirement(String code, String name, String method) {

    /** Whether the step must be recorded on audio or video, not only in writing. */
    public boolean needsAudioOrVideo() {
        return method != null && method.contains("音像");
    }
}

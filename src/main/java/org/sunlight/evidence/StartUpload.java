package org.sunlight.evidence;

import java.util.UUID;

/**
 * What an upload declares before its bytes.
 *
 * @param action the case action the file records (e.g. {@code inquire}), or blank for the stage as a whole
 * @param capturedAt when the file was captured, ISO-8601 ({@code 2026-11-24T09:30:00+08:00} or
 *     {@code 2026-11-24T09:30}, China time)
 */
public record StartUpload(String fileName, Long size, String action, String capturedAt, UUID deviceId) {}

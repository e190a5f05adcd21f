// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.system;

/**
 * A file that travels with a job.
 */
public record JobPayload(String fileName, byte[] content) {
}

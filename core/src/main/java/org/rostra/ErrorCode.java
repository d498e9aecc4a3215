package org.rostra;

/**
 * What went wrong, as a stable code that can be grepped and documented ({@code docs/errors.md}).
 *
 * @since 0.1
 */
public enum ErrorCode {
  /** R001: a layer was asked for that no configured stage provides. */
  LAYER_NOT_CONFIGURED("R001"),
  /** R002: a stage requires a layer that no earlier stage provides. */
  MISSING_REQUIREMENT("R002"),
  /** R003: two stages provide the same layer. */
  DUPLICATE_LAYER("R003"),
  /** R004: a model or resource is not on the classpath. */
  RESOURCE_NOT_FOUND("R004"),
  /** R005: a model or resource is present but cannot be read. */
  RESOURCE_INVALID("R005"),
  /** R006: a knowledge-base file is malformed. */
  KB_INVALID("R006"),
  /** R007: a theme set or trained theme model is malformed. */
  THEMES_INVALID("R007"),
  /** R008: the input is longer than the configured {@code maxChars}. */
  INPUT_TOO_LARGE("R008"),
  /** R009: an input record (a JSON line) is malformed. */
  INPUT_INVALID("R009"),
  /** R010: a stage failed on a document. */
  STAGE_FAILED("R010"),
  /** R011: the builder was configured inconsistently. */
  CONFIG_INVALID("R011"),
  /** R012: reading or writing a file failed. */
  IO_ERROR("R012");

  private final String code;

  ErrorCode(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code R004}. */
  public String code() {
    return code;
  }
}

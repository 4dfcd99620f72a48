package dev.assay.engine.semantic;

/** The semantic mode's sentence encoder cannot be loaded on this machine; the message says why. */
public final class EncoderUnavailableException extends IllegalStateException {

    public EncoderUnavailableException(String why, Throwable cause) {
        super("the sentence encoder of --semantic cannot be loaded: " + why
                + " (the default mode needs no encoder)", cause);
    }
}

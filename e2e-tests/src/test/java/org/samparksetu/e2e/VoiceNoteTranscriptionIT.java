package org.samparksetu.e2e;

/** A voice note: the complaint spoken, nothing written. */
class VoiceNoteTranscriptionIT extends TranscriptionJourney {
    @Override
    Citizen.Media sendsTheComplaint(Citizen citizen) {
        return citizen.sendsVoiceNote();
    }

    @Override
    String partType() {
        return "audio";
    }
}

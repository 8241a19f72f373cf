package org.samparksetu.e2e;

/** A photographed hand-written application with a caption that only points at it ("ye dekhiye"). */
class PhotoTranscriptionIT extends TranscriptionJourney {
    @Override
    Citizen.Media sendsTheComplaint(Citizen citizen) {
        return citizen.sendsPhoto("ye dekhiye");
    }

    @Override
    String partType() {
        return "image";
    }
}

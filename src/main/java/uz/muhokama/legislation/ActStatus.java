package uz.muhokama.legislation;

/** Whether an act is in force. */
public enum ActStatus {
    IN_FORCE,
    NOT_YET_IN_FORCE,
    LOST_FORCE
}

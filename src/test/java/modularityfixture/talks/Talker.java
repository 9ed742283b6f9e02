package modularityfixture.talks;

import modularityfixture.listens.Listener;

public class Talker {

    public String talk(Listener listener) {
        return listener.hear("hello");
    }
}

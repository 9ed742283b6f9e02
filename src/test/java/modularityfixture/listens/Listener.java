package modularityfixture.listens;

public class Listener {

    public String hear(String words) {
        return words;
    }
}

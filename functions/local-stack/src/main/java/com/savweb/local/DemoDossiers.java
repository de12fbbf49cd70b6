package com.savweb.local;

/**
 * A handful of demo dossiers for both companies, in every state, created and moved through the
 * real functions (so their history and mail are genuine). Local only.
 */
public final class DemoDossiers {

    private DemoDossiers() {
    }

    /** Creates the demo dossiers as the demo users; returns how many were created. */
    public static int seed(LocalEnvironment env, String password) {
        LocalApiClient marie = env.client();
        marie.login("acme.marie", password);
        LocalApiClient paul = env.client();
        paul.login("acme.paul", password);
        LocalApiClient luc = env.client().language("en");
        luc.login("globex.luc", password);
        LocalApiClient sophie = env.client();
        sophie.login("staff.sophie", password);

        String printer = create(marie, "materiel", "urgent",
                "Imprimante du 2e étage : bourrage papier permanent",
                "L'imprimante HP du 2e étage affiche « bourrage papier » sans feuille coincée.");
        String vpn = create(marie, "reseau", "bloquant", "VPN inaccessible depuis ce matin",
                "Aucun commercial ne peut se connecter au VPN depuis 8 h.");
        String invoice = create(paul, "commercial", "faible", "Facture de mars en double",
                "La facture F-2031 nous a été envoyée deux fois.");
        String erp = create(paul, "logiciel", "normal", "Export comptable vide",
                "L'export comptable de l'ERP produit un fichier vide depuis la mise à jour.");
        create(marie, "logiciel", "normal", "Installer le logiciel de paie sur le poste 12",
                "Le nouveau comptable arrive lundi.");
        String laptop = create(luc, "materiel", "urgent", "Laptop screen flickers",
                "The screen of laptop GX-044 flickers when on battery.");
        create(luc, "reseau", "normal", "Guest Wi-Fi password",
                "Please send us the new guest Wi-Fi password.");

        move(sophie, vpn, "L", "Nous redémarrons la passerelle VPN.", "public");
        move(sophie, printer, "L", null, "public");
        move(sophie, printer, "ATC",
                "Merci d'ouvrir le capot arrière et de retirer le galet, puis de nous dire "
                        + "si le message persiste.", "public");
        move(sophie, erp, "L", "Problème connu de la version 4.2.", "internal");
        move(sophie, erp, "APL", "Intervention à distance à planifier avec vous.", "public");
        move(sophie, invoice, "L", null, "public");
        move(sophie, invoice, "C", "Le doublon a été annulé, merci.", "public");
        move(sophie, laptop, "L", "Replacement screen ordered.", "public");
        marie.post("/api/dossiers/" + vpn + "/state",
                "{\"state\":\"R\",\"comment\":\"Toujours bloqué, c'est urgent.\"}");
        env.poller().drain();
        return 7;
    }

    private static String create(LocalApiClient client, String department, String urgency,
            String subject, String description) {
        LocalApiClient.Response response = client.post("/api/dossiers", "{\"department\":"
                + LocalApiClient.quote(department) + ",\"urgency\":"
                + LocalApiClient.quote(urgency) + ",\"subject\":" + LocalApiClient.quote(subject)
                + ",\"description\":" + LocalApiClient.quote(description) + "}");
        if (response.status() != 201) {
            throw new IllegalStateException("demo dossier refused: " + response.body());
        }
        return String.valueOf(SamTemplate.map(SamTemplate.parseFragment(response.body()))
                .get("number"));
    }

    private static void move(LocalApiClient staff, String number, String state, String comment,
            String visibility) {
        LocalApiClient.Response response = staff.post("/api/dossiers/" + number + "/state",
                "{\"state\":" + LocalApiClient.quote(state)
                        + (comment == null ? "" : ",\"comment\":" + LocalApiClient.quote(comment))
                        + ",\"visibility\":" + LocalApiClient.quote(visibility) + "}");
        if (response.status() != 200) {
            throw new IllegalStateException("demo state change refused: " + response.body());
        }
    }
}

//! Every rule family on sentences written for these tests (none taken from the seeds), run
//! through the shipped gazetteer and rules: at least three positives and two negatives each.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use kgraph::model::{Doc, Modality, Relation};
use kgraph::{Gazetteer, Pipeline, Rules};
use std::path::Path;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static PIPELINE: OnceLock<Pipeline> = OnceLock::new();
    PIPELINE.get_or_init(|| {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let g = Gazetteer::from_dir(&root.join("gazetteer")).unwrap();
        let r = Rules::from_path(&root.join("gazetteer/rules.txt")).unwrap();
        Pipeline::new(g, r).unwrap()
    })
}

fn relations(text: &str) -> Vec<Relation> {
    let doc = Doc { id: "test".into(), text: text.into(), ..Doc::default() };
    pipeline().process(&doc, Default::default()).0.relations
}

fn name(e: Option<kgraph::model::EntityIx>) -> String {
    e.map(|e| pipeline().gazetteer.entity(e).name.clone()).unwrap_or_else(|| "-".into())
}

/// "Source -type-> Target" for every asserted relation.
fn asserted(text: &str) -> Vec<String> {
    relations(text).iter().filter(|r| r.modality == Modality::Asserted).map(show).collect()
}

fn items(text: &str) -> Vec<(String, Option<String>)> {
    relations(text)
        .iter()
        .flat_map(|r| {
            r.items
                .iter()
                .map(|i| (pipeline().gazetteer.entity(i.entity).name.clone(), i.quantity.clone()))
        })
        .collect()
}

/// The quantity of every relation's items, in order.
fn quantities(text: &str) -> Vec<Option<String>> {
    items(text).into_iter().map(|(_, q)| q).collect()
}

/// The canonical names of every relation's items, in order.
fn item_names(text: &str) -> Vec<String> {
    items(text).into_iter().map(|(name, _)| name).collect()
}

fn modality(text: &str) -> Vec<Modality> {
    relations(text).iter().map(|r| r.modality).collect()
}

/// "Source -type-> Target" for a relation.
fn show(r: &Relation) -> String {
    format!("{} -{}-> {}", name(r.source), r.kind, name(r.target))
}

/// Every relation of sentence `n`, whatever its modality.
fn in_sentence(text: &str, n: usize) -> Vec<String> {
    relations(text).iter().filter(|r| r.sentence == n).map(show).collect()
}

/// Every relation with its modality.
fn with_modality(text: &str) -> Vec<(String, Modality)> {
    relations(text).iter().map(|r| (show(r), r.modality)).collect()
}

/// Owned pairs of a relation and its modality, as `with_modality` gives them.
fn owned(pairs: &[(&str, Modality)]) -> Vec<(String, Modality)> {
    pairs.iter().map(|&(shown, modality)| (shown.to_string(), modality)).collect()
}

/// Each sentence gives exactly one relation, of this modality.
macro_rules! modal_cases {
    ($($text:expr => $want:expr, $modality:expr;)*) => {
        $(
            assert_eq!(
                with_modality($text),
                vec![($want.to_string(), $modality)],
                "sentence: {}",
                $text
            );
        )*
    };
}

/// Like `modal_cases!`, for sentences with more relations than the one asserted about.
macro_rules! holds_with_modality {
    ($($text:expr => $want:expr, $modality:expr;)*) => {
        $(
            let found = with_modality($text);
            assert!(
                found.contains(&($want.to_string(), $modality)),
                "sentence: {}\nwant: {} {:?}\nfound: {:?}",
                $text,
                $want,
                $modality,
                found
            );
        )*
    };
}

macro_rules! cases {
    ($($text:expr => [$($want:expr),*];)*) => {
        $(
            let got = asserted($text);
            let want: Vec<&str> = vec![$($want),*];
            assert_eq!(got, want, "sentence: {}", $text);
        )*
    };
}

#[test]
fn active_with() {
    cases! {
        "Iran supplied Russia with Shahed drones last year." => ["Iran -supplies-> Russia"];
        "The United States has provided Ukraine with HIMARS and ATACMS." => ["United States -supplies-> Ukraine"];
        "Belarus reportedly armed Russia with artillery shells." => ["Belarus -supplies-> Russia"];
        "Iran supplied Russia with oil and grain." => [];
        "Norway provided Sweden with electricity during the winter." => [];
        // systems named by their maker's or model name, not by a generic noun
        "Australia will supply Ukraine with Bushmaster vehicles." => ["Australia -supplies-> Ukraine"];
        "Canada provided Ukraine with Roshel Senator armoured vehicles." => ["Canada -supplies-> Ukraine"];
        "Britain supplied Poland with CAMM missiles." => ["United Kingdom -supplies-> Poland"];
        "The zoo supplied Austria with a puma and a lynx." => [];
    }
    assert!(items("Iran supplied Russia with at least 2,000 Shahed drones.")
        .iter()
        .any(|(_, q)| q.as_deref() == Some("at least 2,000")));
}

/// A quantity is the amount next to its item: modifiers between them are not part of it, and a
/// number that counts something else ("the two ministers") is no quantity at all.
#[test]
fn quantities_sit_next_to_their_items() {
    let want = |q: &str| vec![Some(q.to_string())];
    assert_eq!(
        quantities("The two ministers reportedly discussed drone sales from Iran to Russia."),
        vec![None]
    );
    assert_eq!(
        quantities("The three leaders agreed that Iran shipped drones to Russia."),
        vec![None]
    );
    assert_eq!(
        quantities(
            "North Korea shipped as many as 5 million rounds of old artillery shells to Russia."
        ),
        want("as many as 5 million rounds")
    );
    assert_eq!(
        quantities("Belarus handed over dozens of the same Shahed drones to Russia."),
        want("dozens")
    );
    assert_eq!(
        quantities("Iran sent an additional 200 or more Shahed drones to Russia."),
        want("additional 200 or more")
    );
    assert_eq!(
        quantities("Russia has transferred at least one Pantsir air defense system to Syria."),
        want("at least one")
    );
    assert_eq!(
        quantities("Germany delivered hundreds of thousands of artillery shells to Ukraine."),
        want("hundreds of thousands")
    );
    assert_eq!(quantities("Poland sent 14 modern Leopard 2 tanks to Ukraine."), want("14"));
}

/// A number a hyphen joins to a word is part of that word, not a count: a model designation
/// the gazetteer lacks ("Mi-171") or a measure ("500-pound bombs"). A count beside it still is.
#[test]
fn a_number_inside_a_hyphened_word_is_no_count() {
    let want = |q: &str| vec![Some(q.to_string())];
    assert_eq!(quantities("Russia sold Mi-171 helicopters to Peru."), vec![None]);
    assert_eq!(quantities("Russia sold two Mi-171 helicopters to Peru."), want("two"));
    assert_eq!(quantities("The US shipped 500-pound bombs to Israel."), vec![None]);
    assert_eq!(quantities("The US shipped 1,800 500-pound bombs to Israel."), want("1,800"));
    // Words that make a count of the number keep it one.
    assert_eq!(quantities("Spain sent 100-odd tanks to Chile."), want("100"));
}

/// A system named by its family, with no variant ("the Arrow system"), is a weapon; the
/// lowercase word is none.
#[test]
fn a_system_named_by_its_family_is_a_weapon() {
    assert_eq!(
        item_names("Israel's sale of the Arrow system to Germany was approved by Washington."),
        ["Arrow missile defense system"]
    );
    assert_eq!(item_names("Israel sold Arrow 3 interceptors to Germany."), ["Arrow 3"]);
    assert!(item_names("Israel sold an arrow to Germany.").is_empty());
}

/// A count before the demonym or maker of the items counts them, whether the demonym names
/// their supplier or no one; a date before a demonym is no count.
#[test]
fn a_count_before_a_demonym_counts_the_items() {
    let want = |q: &str| vec![Some(q.to_string())];
    // The demonym is the supplier, outside the items.
    assert_eq!(quantities("Peru bought two Russian Mi-17 helicopters."), want("two"));
    assert_eq!(quantities("Peru bought two Russian Mi-171 helicopters."), want("two"));
    assert_eq!(quantities("Russia received hundreds of Iranian drones."), want("hundreds"));
    assert_eq!(quantities("Chile bought as many as 30 U.S.-made jets."), want("as many as 30"));
    // The demonym inside the items, after the verb.
    assert_eq!(quantities("The US sent 300 American troops to Poland."), want("300"));
    assert_eq!(
        quantities("Spain sold 20 Chinese drones and 30 Russian tanks to Peru."),
        vec![Some("20".to_string()), Some("30".to_string())]
    );
    // A year after a word of time is a date.
    assert_eq!(quantities("In 2022 Russian troops were sent to Syria."), vec![None]);
    assert_eq!(quantities("Since 2014 Russian troops have been deployed to Syria."), vec![None]);
    assert_eq!(quantities("In early 2023 Chinese drones were sent to Iran."), vec![None]);
    assert_eq!(quantities("On May 5 Iranian drones were shipped to Russia."), vec![None]);
}

/// A demonym before a model designation the gazetteer lacks owns the items after it, as it
/// does right before them: "Russian Mi-171 helicopters" are Russia's.
#[test]
fn a_demonym_owns_items_past_an_unknown_designation() {
    cases! {
        "Peru bought Russian Mi-171 helicopters in 2011." => ["Russia -supplies-> Peru"];
        "Bolivia received six Chinese K-8 trainer jets." => ["China -supplies-> Bolivia"];
        // Not past a count: "Russian 12 helicopters" is no phrase of news.
        "Peru bought Russian 12 helicopters." => [];
    }
}

/// Parts of a weapon are named beside it, so a shipment of engines is not counted as drones:
/// right after the weapon's name, or before "for" or "of" and it.
#[test]
fn a_weapons_parts_are_named_with_it() {
    let parts = |text: &str| -> Vec<(String, Option<String>)> {
        relations(text)
            .iter()
            .flat_map(|r| r.items.iter())
            .map(|i| (pipeline().gazetteer.entity(i.entity).name.clone(), i.part.clone()))
            .collect()
    };
    let want = |item: &str, part: &str| vec![(item.to_string(), Some(part.to_string()))];
    assert_eq!(
        parts("Chinese suppliers shipped drone engines to Russia."),
        want("drones", "engines")
    );
    assert_eq!(
        parts("Beijing sent spare parts for Su-35 fighters to Iran."),
        want("Su-35", "spare parts")
    );
    assert_eq!(
        parts("China supplied Russia with components for the Iranian drones."),
        want("drones", "components")
    );
    // The weapon itself moved: nothing names a part, not even a list's next word.
    assert_eq!(
        parts("Iran sent Shahed drones and spare parts to Russia."),
        vec![("Shahed-136".to_string(), None)]
    );
    // A part named too far from the weapon is not its part.
    assert_eq!(
        parts("Russia sent engines for the new and improved Iskander missiles to Belarus."),
        vec![("Iskander-M".to_string(), None)]
    );
}

#[test]
fn ditransitive() {
    cases! {
        "North Korea sent Russia millions of artillery shells." => ["North Korea -supplies-> Russia"];
        "Turkey sold Ukraine Bayraktar TB2 drones in 2021." => ["Turkey -supplies-> Ukraine"];
        "Washington gave Kyiv Patriot missiles." => ["United States -supplies-> Ukraine"];
        "Russia sent Ukraine a message about the talks." => [];
        "France sent Germany a delegation of engineers." => [];
    }
}

#[test]
fn to_dative() {
    cases! {
        "Iran shipped drones to Russia across the Caspian Sea." => ["Iran -supplies-> Russia"];
        "Germany delivered Leopard 2 tanks to Ukraine." => ["Germany -supplies-> Ukraine"];
        "The United States transferred Patriot missiles to Israel." => ["United States -supplies-> Israel"];
        "Iran shipped crude oil to China." => [];
        "The Indian Air Force transported BrahMos missiles to the Philippines." => ["India -supplies-> Philippines"];
        "Russia transported grain to Egypt." => [];
        "Germany delivered a speech to Ukraine's parliament." => [];
    }
}

#[test]
fn inversion() {
    cases! {
        "Russia received Shahed drones from Iran." => ["Iran -supplies-> Russia"];
        "Ukraine obtained Storm Shadow missiles from Britain." => ["United Kingdom -supplies-> Ukraine"];
        "Armenia bought howitzers from India." => ["India -supplies-> Armenia"];
        "Russia received a delegation from Iran." => [];
        "Ukraine obtained loans from Japan." => [];
        // suppliers named as examples of a group
        "Armenia has bought howitzers from several partners, including France and India." => ["France -supplies-> Armenia", "India -supplies-> Armenia"];
        "Russia obtained drones from its allies, among them Iran." => ["Iran -supplies-> Russia"];
        "Ukraine received loans from its allies, including Japan." => [];
        // a participle before the supplier says how the items came
        "Kenya received patrol boats donated by Japan." => ["Japan -supplies-> Kenya"];
        "Ghana has acquired armoured vehicles sold by Turkey and drones made by Israel." => ["Turkey -supplies-> Ghana", "Israel -supplies-> Ghana"];
        "Peru received rifles supplied from Spain." => ["Spain -supplies-> Peru"];
    }
}

/// Items qualified by "of" or "from" before the recipient or destination: the qualifier is passed
/// over, up to any side named in it.
#[test]
fn items_qualified_before_the_recipient_keep_it() {
    cases! {
        "Spain shipped rifles from its reserves to Peru." => ["Spain -supplies-> Peru"];
        "Norway sent 20 howitzers of the latest type to Chile." => ["Norway -supplies-> Chile"];
        "Britain deployed troops of its 3rd division to Estonia." => ["United Kingdom -deploys-> Estonia"];
        // a side in the qualifier ends it: the items come from there, the recipient is not read
        "France deployed soldiers from its base in Chad to Niger." => ["France -deploys-> -"];
        "Spain shipped grain from its reserves to Peru." => [];
    }
}

/// Suppliers named as examples of a side's backers arm that side, unless a recipient is named.
#[test]
fn suppliers_named_among_a_sides_backers_arm_it() {
    cases! {
        "Peru's allies, including Chile and Spain, have sent howitzers." => ["Chile -supplies-> Peru", "Spain -supplies-> Peru"];
        "The partners of Kyiv, such as Norway, delivered F-16 jets last year." => ["Norway -supplies-> Ukraine"];
        "Bolivia's backers, notably Cuba, shipped rifles." => ["Cuba -supplies-> Bolivia"];
        // a recipient named after the verb is the recipient
        "Peru's partners, like Spain, shipped tanks to Chile." => ["Spain -supplies-> Chile"];
        // the backers doing something else, or sending no arms
        "Peru's allies, including Chile, condemned the attack." => [];
        "Peru's allies, including Chile, sent food." => [];
    }
    modal_cases! {
        "Ukraine's allies, including Norway, have promised to send F-16 jets." => "Norway -supplies-> Ukraine", Modality::Hedged;
        "Peru's allies, including Chile, did not send howitzers." => "Chile -supplies-> Peru", Modality::Negated;
    }
}

#[test]
fn passive() {
    cases! {
        "Drones were supplied to Russia by Iran." => ["Iran -supplies-> Russia"];
        "Ukraine was supplied with tanks by Germany." => ["Germany -supplies-> Ukraine"];
        "Artillery shells were sent to Russia from North Korea." => ["North Korea -supplies-> Russia"];
        "Letters were sent to Russia by Iran." => [];
        "Ukraine was supplied with electricity by Poland." => [];
    }
}

#[test]
fn a_passive_may_set_its_items_apart_in_commas() {
    cases! {
        "The rifles, including 300 sniper rifles, were sent by Czechia to Ukraine." => ["Czech Republic -supplies-> Ukraine"];
        "The shells, among them 155mm rounds, were shipped to Israel by the US." => ["United States -supplies-> Israel"];
        "The drones, mostly Shaheds, were sent to Russia from Iran." => ["Iran -supplies-> Russia"];
        "The troops, about 2,000 marines, were deployed to Darwin by the United States." => ["United States -deploys-> Australia"];
        "The jets, all F-16s, were deployed by Norway to Poland." => ["Norway -deploys-> Poland"];
    }
}

#[test]
fn nominal() {
    cases! {
        "Officials tracked transfers of artillery shells from North Korea to Russia." => ["North Korea -supplies-> Russia"];
        "Iran's deliveries of drones to Russia continued through the summer." => ["Iran -supplies-> Russia"];
        "Arms sales from France to India grew last year." => ["France -supplies-> India"];
        "Ukraine's supply of nuclear fuel from Western firms rose." => [];
        "Deliveries of grain from Ukraine to Egypt resumed." => [];
    }
}

#[test]
fn deploys() {
    cases! {
        "North Korea deployed 10,000 troops to Russia." => ["North Korea -deploys-> Russia"];
        "Russia sent soldiers to Belarus for joint drills." => ["Russia -deploys-> Belarus"];
        "Troops from Belarus were deployed in Russia." => ["Belarus -deploys-> Russia"];
        "North Korean troop deployments to Russia expanded." => ["North Korea -deploys-> Russia"];
        "North Korea deployed a new satellite." => [];
        "Russia sent a letter to Belarus." => [];
    }
}

#[test]
fn the_object_decides_the_type_of_a_shared_verb() {
    cases! {
        "North Korea sent troops to Russia." => ["North Korea -deploys-> Russia"];
        "North Korea sent missiles to Russia." => ["North Korea -supplies-> Russia"];
        "North Korea sent troops and missiles to Russia." => ["North Korea -deploys-> Russia", "North Korea -supplies-> Russia"];
        // What arrives decides too: forces are deployed, weapons delivered.
        "Thousands of Russian troops arrived in Belarus for joint exercises." => ["Russia -deploys-> Belarus"];
        "Troops from Rwanda arrived in Mozambique in 2021." => ["Rwanda -deploys-> Mozambique"];
        "Hundreds of Iranian Fath-360 missiles arrived in Russia last week." => ["Iran -supplies-> Russia"];
        "Artillery shells from North Korea have arrived in Russia by rail." => ["North Korea -supplies-> Russia"];
        "Russian diplomats arrived in Belarus on Monday." => [];
        // arriving "at" a state's bases or a place is arriving in it
        "Belarusian troops arrived at Russian bases near the border." => ["Belarus -deploys-> Russia"];
        "Chinese shells arrived at Iranian air bases from China." => ["China -supplies-> Iran"];
        "Rifles sold by Poland arrived at Ukrainian bases." => ["Poland -supplies-> Ukraine"];
        "North Korean troops arrived at Kursk in October." => ["North Korea -deploys-> Russia"];
        // a border is no destination
        "Russian troops arrived at the Belarusian border." => [];
    }
}

/// "Air defence" on its own names the systems, as "artillery" names the guns; a side's own air
/// defence that acts is no supply.
#[test]
fn air_defence_alone_is_an_item() {
    assert_eq!(
        item_names("The US will send more air defense to Ukraine."),
        ["air defense systems"]
    );
    assert_eq!(
        item_names("Italy supplied tanks, artillery and air defence to Ukraine."),
        ["tanks", "artillery", "air defense systems"]
    );
    // a named system's batteries are that system, not generic air defence besides it
    assert_eq!(
        item_names("Spain sent Patriot air defence batteries to Chile."),
        ["Patriot air defense system"]
    );
    assert!(relations("Ukraine's air defence shot down 20 drones overnight.").is_empty());
    assert!(relations("Israel's air defense intercepted Iranian missiles.").is_empty());
}

/// A generic weapon noun right after a named weapon of its category says what the named one is:
/// one item, with the count before it.
#[test]
fn a_named_weapon_with_its_generic_noun_is_one_item() {
    assert_eq!(
        items("Peru bought 18 Caesar howitzers from France."),
        [("Caesar howitzer".to_string(), Some("18".to_string()))]
    );
    assert_eq!(
        item_names("Chile sent Iskander missiles and Su-35 fighter jets to Bolivia."),
        ["Iskander-M", "Su-35"]
    );
    assert_eq!(item_names("Norway sold Gripen jets to Peru."), ["Gripen"]);
    // rockets are what HIMARS fires, not what it is
    assert_eq!(item_names("Spain sent HIMARS rockets to Chad."), ["HIMARS", "rockets"]);
    // but an air-defence system goes by its missiles
    assert_eq!(item_names("Chad bought S-300 missiles from Serbia."), ["S-300"]);
    assert_eq!(item_names("Norway sent NASAMS missile systems to Mali."), ["NASAMS"]);
    assert_eq!(
        item_names("Chad bought S-300 systems and missiles from Serbia."),
        ["S-300", "missiles"]
    );
}

/// Missile defence names the shield against missiles, not the missiles it stops.
#[test]
fn missile_defence_is_an_item_of_its_own() {
    assert_eq!(
        item_names("Spain hosts a US ballistic missile defence site."),
        ["missile defense systems"]
    );
    assert_eq!(
        item_names("Norway will deploy a missile shield in Chile."),
        ["missile defense systems"]
    );
    assert_eq!(
        item_names("Peru bought anti-missile systems and cruise missiles from Spain."),
        ["missile defense systems", "cruise missiles"]
    );
}

/// Munitions that land somewhere were fired there; aircraft, air defences and forces that land
/// there arrived. Only the latter are a delivery or a deployment.
#[test]
fn landing_munitions_strike_while_landing_aircraft_and_forces_arrive() {
    for fired in [
        "Missiles from Iran landed in Israel.",
        "Russian missiles landed in Kyiv overnight.",
        "Iranian drones landed in Romania.",
        "Two Shahed drones launched by Russia landed in Moldova.",
    ] {
        let got: Vec<String> = relations(fired).iter().map(show).collect();
        assert!(got.is_empty(), "sentence: {fired}: {got:?}");
    }
    cases! {
        "The first F-16 jets from the Netherlands landed in Ukraine." => ["Netherlands -supplies-> Ukraine"];
        "Patriot batteries from Germany landed in Poland by air." => ["Germany -supplies-> Poland"];
        "Russian troops landed in Syria." => ["Russia -deploys-> Syria"];
        // arriving is an arrival whatever arrives
        "Hundreds of Iranian drones arrived in Russia last week." => ["Iran -supplies-> Russia"];
    }
}

/// Items named with their supplier in a reduced relative ("supplied by", "which were sold by")
/// go where the main verb says they arrived.
#[test]
fn supplied_items_go_where_they_arrive() {
    cases! {
        "Tanks supplied by Germany arrived in Ukraine last week." => ["Germany -supplies-> Ukraine"];
        "The drones, which were sold by Iran, have now arrived in Russia." => ["Iran -supplies-> Russia"];
        "Howitzers donated by Canada finally arrived in Ukraine in May." => ["Canada -supplies-> Ukraine"];
        // a recipient named with the supply still wins over where the items went next
        "Tanks supplied by Germany to Ukraine arrived in Poland first." => ["Germany -supplies-> Ukraine"];
        // missiles that land were fired, not delivered: the supplier still supplied them
        "Missiles supplied by Iran landed in Israel." => ["Iran -supplies-> -"];
        // coordinated suppliers: the verb after the list is the rule's own, not a new clause
        "Howitzers supplied by Spain and Italy arrived in Ukraine." => ["Spain -supplies-> Ukraine", "Italy -supplies-> Ukraine"];
        // while a verb the rule does not go on through still starts a clause (whose "them"
        // are the drones, sent on by Syria alone)
        "The drones were supplied by Iran and Syria sent them to Lebanon." => ["Iran -supplies-> -", "Syria -supplies-> Lebanon"];
    }
    assert_eq!(
        modality("Tanks supplied by Germany are expected to arrive in Ukraine next month."),
        [Modality::Hedged]
    );
}

/// Items described by a relative clause ("supplied by A and B") open the sentence, whose own
/// verb comes after the suppliers: that verb does not end the list as a new clause would.
#[test]
fn a_supplier_list_runs_up_to_the_main_verb() {
    cases! {
        "Rockets supplied by Iran and Syria were seized in the raid." => ["Iran -supplies-> -", "Syria -supplies-> -"];
        "Drones that were sold by Belarus and Iran hit a power plant." => ["Belarus -supplies-> -", "Iran -supplies-> -"];
        "The shells which were reportedly provided by China and Iran exploded early." => ["China -supplies-> -", "Iran -supplies-> -"];
        // a verb that reports the clause is not its verb
        "Officials said rockets supplied by Iran and Syria were seized." => ["Iran -supplies-> -", "Syria -supplies-> -"];
        // once the sentence has had its verb, a verb after the list starts a new clause
        "Russia used drones supplied by Iran and China condemned the strikes." => ["Iran -supplies-> Russia"];
        // a short irregular past form is such a verb too, though spelling cannot tell it
        "Ukraine saw drones supplied by Iran and Belarus sanctioned Minsk." => ["Iran -supplies-> -"];
        "Kyiv bought rifles sold by Poland and Germany sanctioned Iran." => ["Poland -supplies-> Ukraine", "Germany -sanctions-> Iran"];
        "Rockets were supplied by Iran and Syria sanctioned Israel." => ["Iran -supplies-> -", "Syria -sanctions-> Israel"];
        // "that" opening a reported clause is no relative pronoun
        "He said that rockets were supplied by Iran and Syria sanctioned Israel." => ["Iran -supplies-> -", "Syria -sanctions-> Israel"];
        "Drones which have reportedly been sold by Iran and Belarus struck Kyiv." => ["Iran -supplies-> -", "Belarus -supplies-> -"];
    }
}

#[test]
fn sanctions() {
    cases! {
        "The United States sanctioned Rosoboronexport on Monday." => ["United States -sanctions-> Rosoboronexport"];
        "The EU imposed sanctions on Belarus." => ["European Union -sanctions-> Belarus"];
        "Japan extended existing sanctions against Russia." => ["Japan -sanctions-> Russia"];
        "New sanctions on Iran by the European Union took effect." => ["European Union -sanctions-> Iran"];
        "EU sanctions on Russia have cut its imports." => ["European Union -sanctions-> Russia"];
        "Under UN sanctions, Iran cannot buy missiles." => ["United Nations -sanctions-> Iran"];
        "Sanctions hurt Russia's economy." => [];
        "Russia vetoed sanctions on North Korea." => [];
    }
}

#[test]
fn coordination() {
    cases! {
        "The UK and Canada escalated sanctions against Iran." => ["United Kingdom -sanctions-> Iran", "Canada -sanctions-> Iran"];
        "Germany, France and Italy imposed sanctions on Belarus." => ["Germany -sanctions-> Belarus", "France -sanctions-> Belarus", "Italy -sanctions-> Belarus"];
        "Iran shipped drones to Russia and Belarus." => ["Iran -supplies-> Russia", "Iran -supplies-> Belarus"];
    }
    let got =
        item_names("Iran supplied drones, artillery shells and ballistic missiles to Russia.");
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn metonyms_and_possessive_sources() {
    cases! {
        "Pyongyang shipped missiles to Moscow." => ["North Korea -supplies-> Russia"];
        "Kim Jong Un's regime supplied artillery shells to Russia." => ["North Korea -supplies-> Russia"];
        "The Kremlin sent troops to Syria." => ["Russia -deploys-> Syria"];
        "Tehran's deliveries of ballistic missiles to Moscow began in 2024." => ["Iran -supplies-> Russia"];
        "Brussels slapped sanctions on Minsk." => ["European Union -sanctions-> Belarus"];
    }
}

#[test]
fn negation_and_hedges() {
    let cases: [(&str, Modality); 9] = [
        ("North Korea did not send troops to Russia.", Modality::Negated),
        ("Iran denied supplying drones to Russia.", Modality::Negated),
        ("There is no sign that Belarus sent troops to Ukraine.", Modality::Negated),
        ("Russia may supply missiles to North Korea.", Modality::Hedged),
        ("If Iran sends missiles to Russia, new measures will follow.", Modality::Hedged),
        ("Iran is considering sending drones to Russia.", Modality::Hedged),
        // The shipping goes on; only its end is urged.
        ("Officials urged Iran to stop shipping drones to Russia.", Modality::Hedged),
        ("Any arms sales from Iran to Russia would violate the resolution.", Modality::Hedged),
        ("Iran supplied drones to Russia, officials said.", Modality::Asserted),
    ];
    for (text, want) in cases {
        assert_eq!(modality(text), vec![want], "sentence: {text}");
    }
    let r = relations("According to the report, Iran shipped drones to Russia.");
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].modality, Modality::Asserted);
    assert!(
        r[0].attribution.as_deref().unwrap_or("").contains("According to"),
        "{:?}",
        r[0].attribution
    );
}

#[test]
fn a_cue_does_not_reach_past_but() {
    cases! {
        "China halted drone sales to Ukraine but continues to supply Russia." => ["China -supplies-> Russia"];
        "Iran stopped oil exports to Europe, but shipped drones to Russia." => ["Iran -supplies-> Russia"];
    }
    // The halted sales are read, negated; the cue stops at "but".
    assert_eq!(
        modality("China halted drone sales to Ukraine but continues to supply Russia."),
        vec![Modality::Negated, Modality::Asserted]
    );
}

#[test]
fn elided_subjects_belong_to_their_own_clause() {
    cases! {
        "Reports said that Iran built drones and shipped them with missiles to Russia." => ["Iran -supplies-> Russia"];
        "The United States and Japan reported that North Korea sent troops and provided missiles to Russia." => ["North Korea -deploys-> Russia", "North Korea -supplies-> Russia"];
    }
    // a conjunction of two words ("and has", "but have") before the verb of a new predicate
    cases! {
        "Canada is training Ukrainian pilots and has supplied NASAMS to Ukraine." => ["Canada -supplies-> Ukraine"];
        "Norway trained Ukrainian crews and has also delivered Leopard 2 tanks to Ukraine." => ["Norway -supplies-> Ukraine"];
        "The Dutch government trains soldiers but has not sent F-16 jets to Ukraine yet." => [];
    }
    // a relative pronoun before the verb: its antecedent acts, not the first clause's subject
    cases! {
        "Canada sanctioned Belarus and two firms that shipped missiles to Syria." => ["Canada -sanctions-> Belarus"];
        "Japan blacklisted Myanmar and traders who sold howitzers to Sudan." => ["Japan -sanctions-> Myanmar"];
    }
}

#[test]
fn a_subordinator_without_a_verb_opens_a_phrase_of_the_clause_around_it() {
    // The actor in "after US pressure" modifies a noun: the verb after "and" is the subject's
    // of the whole clause, and a cue verb keeps that phrase for its object.
    cases! {
        "Lima shelved the plan after Chilean pressure and sent rifles to Bolivia." => ["Peru -supplies-> Bolivia"];
        "Spain recalled its envoy amid protests from Morocco and shipped howitzers to Chad." => ["Spain -supplies-> Chad"];
        "Norway changed course despite Swedish objections and then sold rifles to Niger." => ["Norway -supplies-> Niger"];
    }
    // A clause after the subordinator, with a verb of its own, keeps its subject.
    cases! {
        "Lima protested after Chile invaded Bolivia and sent rifles to Ecuador." => ["Chile -supplies-> Ecuador"];
    }
    modal_cases! {
        "Norway paused the deal despite Swedish objections and shipped rifles to Chad." => "Norway -supplies-> Chad", Modality::Asserted;
        "Norway halted the talks after Danish pressure and sold rifles to Peru." => "Norway -supplies-> Peru", Modality::Asserted;
    }
}

#[test]
fn document_context_fills_a_missing_party() {
    let r = relations("North Korea shipped artillery shells to Russia in March. North Korea also sent ballistic missiles in May.");
    let second: Vec<&Relation> = r.iter().filter(|r| r.sentence == 1).collect();
    assert_eq!(second.len(), 1);
    assert_eq!(name(second[0].target), "Russia");
    assert!(second[0].context);

    let r = relations(
        "North Korea sent 10,000 troops to Russia. In return, Russia provided air defense systems.",
    );
    let back: Vec<&Relation> = r.iter().filter(|r| r.sentence == 1).collect();
    assert_eq!(
        (name(back[0].source), name(back[0].target)),
        ("Russia".to_string(), "North Korea".to_string())
    );
    assert!(back[0].context);

    // The reciprocity cue may open the previous sentence.
    let r = relations("Iran sent drones to Russia. In return, Moscow is helping Tehran with its space program. Russia has delivered Su-35 fighter jets.");
    let last: Vec<&Relation> = r.iter().filter(|r| r.sentence == 2).collect();
    assert_eq!(name(last[0].target), "Iran");

    // Negatives: too far back, or another actor.
    let far = "North Korea shipped shells to Russia. One. Two. Three. Four. North Korea also sent ballistic missiles.";
    assert!(relations(far).iter().filter(|r| r.sentence == 5).all(|r| r.target.is_none()));
    let other = "North Korea shipped shells to Russia. Iran also sent drones.";
    assert!(relations(other)
        .iter()
        .filter(|r| r.sentence == 1)
        .all(|r| r.target.is_none() && !r.context));
    // Without a reciprocity cue, roles never swap.
    let no_cue = "North Korea sent troops to Russia. Russia provided air defense systems.";
    assert!(relations(no_cue).iter().filter(|r| r.sentence == 1).all(|r| r.target.is_none()));
}

#[test]
fn a_package_may_name_its_recipient_before_its_contents() {
    cases! {
        "The Pentagon unveiled a $300 million aid package for Ukraine that includes Stinger missiles." => ["United States -supplies-> Ukraine"];
        "Canada announced a package for Kyiv, including Leopard 2 tanks." => ["Canada -supplies-> Ukraine"];
        "Norway approved a new tranche of aid for Ukraine that contains NASAMS launchers." => ["Norway -supplies-> Ukraine"];
        // Not a package, or a package of no weapons.
        "Biden announced a visit to Poland including talks on F-16 jets." => [];
        "France announced a package for Ukraine including loans and grants." => [];
    }
}

/// "agreed a package" is British usage for approving one: a commitment, as "approved a package".
#[test]
fn a_package_agreed_is_a_commitment_as_one_approved() {
    modal_cases! {
        "The EU agreed a 50 billion euro package to supply shells to Ukraine." => "European Union -supplies-> Ukraine", Modality::Asserted;
        "Britain agreed a new tranche of Storm Shadow missiles for Ukraine." => "United Kingdom -supplies-> Ukraine", Modality::Asserted;
        "Germany agreed on a plan to deliver tanks to Ukraine." => "Germany -supplies-> Ukraine", Modality::Hedged;
        "Spain has not agreed a package of tanks for Ukraine." => "Spain -supplies-> Ukraine", Modality::Negated;
    }
    // Agreeing with a side, or to a deal of no weapons, supplies nothing.
    cases! {
        "France agreed with Germany that Ukraine needs tanks." => [];
        "Italy agreed to a deal for Ukraine." => [];
    }
}

#[test]
fn helping_a_side_by_sending_is_supplying_it() {
    cases! {
        "Iran helped Russia by sending hundreds of drones." => ["Iran -supplies-> Russia"];
        "North Korea has supported Moscow by supplying artillery shells." => ["North Korea -supplies-> Russia"];
        "Belarus assisted Russia by deploying troops." => ["Belarus -deploys-> Russia"];
        // Helping by something else; a denial.
        "Germany helped Ukraine by training pilots to fly F-16 jets." => [];
        "Iran denied helping Russia by sending drones." => [];
    }
}

/// Help given in arms ("helping Peru with air defence systems") is a supply; help with what an
/// inquiry is about, with a program, or with anything past a comma is not.
#[test]
fn helping_a_side_with_arms_is_supplying_it() {
    cases! {
        "Spain is helping Peru with air defence systems." => ["Spain -supplies-> Peru"];
        "Belgium backed Chile with drones and ammunition." => ["Belgium -supplies-> Chile"];
        "Norway is also helping Peru with training and ammunition deliveries." => ["Norway -supplies-> Peru"];
        "Spain helped Peru with the investigation into drones." => [];
        "Belgium is helping Niger with its Bayraktar TB2 program." => [];
        "Spain is helping Chile with its Leopard tank production." => [];
        "Spain is helping Chile with its army, fostering gains in missile guidance." => [];
        "Spain supported Peru with intelligence on Chilean drones." => [];
    }
    modal_cases! {
        "Spain refused to help Peru with tanks." => "Spain -supplies-> Peru", Modality::Negated;
    }
}

/// Arms on their way to a recipient, named by their owner ("Spanish tanks bound for Peru"), are
/// the owner's supply; forces on their way are its deployment.
#[test]
fn arms_bound_for_a_recipient_are_their_owners_supply() {
    cases! {
        "The Spanish tanks destined for Peru were stuck at the port." => ["Spain -supplies-> Peru"];
        "Peru seized Belgian drones bound for Chile." => ["Belgium -supplies-> Chile"];
        "Spanish troops bound for Chad left on Monday." => ["Spain -deploys-> Chad"];
        // Without an owner, no supplier.
        "Drones bound for Chile were seized." => [];
    }
}

/// The side helped to act is the actor of what it does, with "to" or bare ("helped Iran ship
/// drones"), whether it supplies or receives; helping by sending is the helper's own act.
#[test]
fn a_side_helped_to_act_is_the_subject_of_its_verb() {
    cases! {
        "The broker helped Belarus ship shells to Russia." => ["Belarus -supplies-> Russia"];
        "A Dubai firm helped Iran to send drones to Russia." => ["Iran -supplies-> Russia"];
        "China helped Russia quickly deploy troops to Belarus." => ["Russia -deploys-> Belarus"];
        "Washington helped Kyiv buy Patriot systems from Germany." => ["Germany -supplies-> Ukraine"];
        "Iran helped Russia by sending drones." => ["Iran -supplies-> Russia"];
        // A participle after a comma is the helper's act (a firm, no actor); a factory is no arms.
        "The firm helped Iran, shipping drones to Russia." => [];
        "Iran helped Russia build a drone factory." => [];
    }
}

#[test]
fn the_first_country_to_send_is_the_sender() {
    cases! {
        "Poland became the first country to send MiG-29 jets to Ukraine." => ["Poland -supplies-> Ukraine"];
        "Italy is among the countries that have sent SAMP/T systems to Ukraine." => ["Italy -supplies-> Ukraine"];
        "Denmark was one of the first countries to deliver F-16 jets to Ukraine." => ["Denmark -supplies-> Ukraine"];
        "Germany was the first country to refuse to send Taurus missiles to Ukraine." => [];
        "Hungary was the first to say it would not send weapons to Ukraine." => [];
    }
}

#[test]
fn a_transfer_of_the_makers_items_names_the_supplier() {
    cases! {
        "The shipment of Iranian missiles to Russia was confirmed by NATO." => ["Iran -supplies-> Russia"];
        "The delivery of American F-16s to Ukraine began in July." => ["United States -supplies-> Ukraine"];
        "The transfer of Russian troops to Belarus alarmed Kyiv." => ["Russia -deploys-> Belarus"];
        // Stopped after the fact, or only reported.
        "The sale of Chinese drones to Iran was blocked." => [];
        "Deliveries of German tanks to Ukraine were suspended in May." => [];
        "Reports of the transfer of Iranian missiles to Russia were denied by Tehran." => [];
    }
}

#[test]
fn an_organ_before_the_items_is_their_owner_not_a_recipient() {
    cases! {
        "Britain deployed a Royal Navy patrol ship to Guyana." => ["United Kingdom -deploys-> Guyana"];
        "Iran supplied IRGC drones to the Houthis." => ["Iran -supplies-> Houthis"];
        "The Pentagon sent US Army tanks to Poland." => ["United States -supplies-> Poland"];
        // Another actor in that place is the recipient.
        "Iran supplied Hezbollah drones." => ["Iran -supplies-> Hezbollah"];
    }
    let own = relations("Washington sent US Navy destroyers to the Black Sea.");
    assert!(own.iter().all(|r| r.target.is_none()), "{own:?}");
}

#[test]
fn placing_on_a_list_and_freezing_the_owners_assets_are_sanctions() {
    cases! {
        "Britain placed Iran's Revolutionary Guards on its sanctions list." => ["United Kingdom -sanctions-> Islamic Revolutionary Guard Corps"];
        "The US put three Chinese firms on its entity list." => ["United States -sanctions-> China"];
        "The EU froze Russian assets worth 200 billion euros." => ["European Union -sanctions-> Russia"];
        "Switzerland froze 7.5 billion francs of Russian assets." => ["Switzerland -sanctions-> Russia"];
        "Canada froze the bank accounts of Russian oligarchs." => ["Canada -sanctions-> Russia"];
        // Put or frozen, but no list and no one's assets.
        "Russia placed its troops on high alert." => [];
        "Ukraine froze talks with Russia." => [];
        "Germany froze its deliveries of weapons to Ukraine." => [];
    }
}

#[test]
fn armed_groups_beyond_europe_and_the_middle_east_are_actors() {
    cases! {
        "The UAE supplied weapons to the RSF in Sudan, UN experts said." => ["United Arab Emirates -supplies-> Rapid Support Forces"];
        "Rwanda has supplied weapons to M23 rebels." => ["Rwanda -supplies-> M23"];
        "Washington sanctioned two Boko Haram financiers." => ["United States -sanctions-> Boko Haram"];
        "Eritrea shipped rifles to Tigray forces." => ["Eritrea -supplies-> Tigray People's Liberation Front"];
    }
}

/// A firm or person the gazetteer does not know, named after a demonym and a singular head,
/// stands for its home; the rule reads on past the name.
#[test]
fn an_unknown_name_after_a_demonym_and_its_head_is_passed_over() {
    cases! {
        "Washington added Chinese firm Quanzhou Tianhe Optics to the Entity List." => ["United States -sanctions-> China"];
        "Britain put Russian businessman Pavel Orlov on its sanctions list." => ["United Kingdom -sanctions-> Russia"];
        "The EU placed Iranian airline Qeshm Fars Air on its blacklist." => ["European Union -sanctions-> Iran"];
        "The US added two Chinese firms to the Entity List." => ["United States -sanctions-> China"];
        // In a headline in title case the capitals after the head name nothing.
        "Canada Adds Chinese Firm To Its Sanctions List" => ["Canada -sanctions-> China"];
    }
}

#[test]
fn a_sale_may_state_its_worth_before_the_buyer() {
    cases! {
        "Washington has approved arms sales worth $20 billion to Israel, including F-15 jets." => ["United States -supplies-> Israel"];
        "Germany approved weapons exports worth 4 billion euros to Ukraine last year." => ["Germany -supplies-> Ukraine"];
        "The US approved a sale of F-16 jets worth $1.4 billion to Turkey." => ["United States -supplies-> Turkey"];
        // A possible sale is not yet one; a deal of no weapons is none.
        "The State Department approved a possible sale of Patriot missiles worth $3 billion to Poland." => [];
        "The EU approved trade deals worth billions to Vietnam." => [];
    }
}

#[test]
fn the_home_of_firms_and_the_owner_of_a_government_may_be_the_subject() {
    cases! {
        "Firms in China supplied Russia with drones." => ["China -supplies-> Russia"];
        "Companies from Iran shipped drone engines to Russia." => ["Iran -supplies-> Russia"];
        "The sanctions target companies in China and India that supplied Russia with drones." => ["China -supplies-> Russia", "India -supplies-> Russia"];
        // People somewhere speak; a place after a verb or another preposition is no subject.
        "Officials in Seoul said drones were sent to Russia." => [];
        "Drones made in Iran were sent to Russia." => [];
        // An actor head before "of" is the actor's own: "the government of Iran" is Iran.
        "The government of Iran admitted it supplied Russia with drones." => ["Iran -supplies-> Russia"];
        "The army of North Korea sent troops to Russia." => ["North Korea -deploys-> Russia"];
        "An ally of Iran supplied Russia with drones." => [];
        "A neighbour of Belarus shipped shells to Ukraine." => [];
    }
}

#[test]
fn marines_and_peacekeepers_are_forces_and_troops_rotate() {
    cases! {
        "About 2,000 US Marines were sent to Israel." => ["United States -deploys-> Israel"];
        "The UN deployed peacekeepers to South Sudan in 2011." => ["United Nations -deploys-> South Sudan"];
        "The United States rotated 4,000 troops into Poland." => ["United States -deploys-> Poland"];
        "A former marine said the drones came from Iran." => [];
    }
}

#[test]
fn a_base_abroad_is_a_deployment() {
    cases! {
        "Turkey maintains a military base in Qatar with around 5,000 troops." => ["Turkey -deploys-> Qatar"];
        "China opened its first overseas military base in Djibouti in 2017." => ["China -deploys-> Djibouti"];
        "The US has bases in Japan and South Korea." => ["United States -deploys-> Japan", "United States -deploys-> South Korea"];
        // Someone else's base, attacked.
        "Iran has hit a US base in Iraq." => [];
        "Ukraine has attacked a Russian air base in Crimea." => [];
    }
}

#[test]
fn forces_sent_to_a_base_abroad_are_deployed_there() {
    cases! {
        "Germany stationed Patriot batteries at an air base in Lithuania." => ["Germany -deploys-> Lithuania"];
        "The US deployed F-35 jets to a base in Poland last month." => ["United States -deploys-> Poland"];
        "Russia sent troops to its military base in Tajikistan." => ["Russia -deploys-> Tajikistan"];
        // Near a country is not in it; a base named by a place no party has no recipient.
        "The US stationed troops at a base near the border with Syria." => ["United States -deploys-> -"];
        "Russia deployed Iskander missiles to a base in Kaliningrad." => ["Russia -deploys-> -"];
    }
}

#[test]
fn forces_moved_within_their_own_country_are_no_deployment() {
    cases! {
        "Hezbollah sent troops to Syria." => ["Hezbollah -deploys-> Syria"];
        "The Houthis deployed troops to Saudi Arabia's border." => ["Houthis -deploys-> Saudi Arabia"];
        "Hezbollah deployed troops to southern Lebanon." => [];
        "The Houthis have bases in Yemen." => [];
    }
}

#[test]
fn a_recipient_before_an_appositive_or_a_conjunction_receives() {
    cases! {
        "Russia, under Western sanctions since 2014, has bought drones from Iran." => ["Iran -supplies-> Russia"];
        "Iran, Russia's partner, received Su-35 jets from Russia." => ["Russia -supplies-> Iran"];
        "Moscow sanctioned Kyiv and received drones from Iran." => ["Russia -sanctions-> Ukraine", "Iran -supplies-> Russia"];
        // No subject to be had: a recipient is never taken from context.
        "Russia received drones from Iran. Later, received missiles from Iran." => ["Iran -supplies-> Russia"];
        "After months of talks, shipments of drones to Russia began." => [];
    }
}

#[test]
fn a_yes_no_question_asserts_nothing() {
    assert_eq!(modality("Did Iran send missiles to Russia?"), vec![Modality::Hedged]);
    assert_eq!(modality("Has North Korea sent troops to Russia?"), vec![Modality::Hedged]);
    // Asking why presupposes the act; a statement is a statement.
    assert_eq!(modality("Why did Iran send missiles to Russia?"), vec![Modality::Asserted]);
    assert_eq!(modality("Did you know? Iran sent missiles to Russia."), vec![Modality::Asserted]);
}

#[test]
fn a_deployment_of_forces_names_its_owner() {
    cases! {
        "The sanctions were a response to Russia's deployment of troops to Belarus." => ["Russia -deploys-> Belarus"];
        "The deployment of North Korean troops to Russia alarmed Seoul." => ["North Korea -deploys-> Russia"];
        "Kyiv condemned Iran's supply of drones to Russia." => ["Iran -supplies-> Russia"];
        // A possessor of no act stays governed; a deployment near a country is none to it.
        "The US sanctioned Iran's IRGC and China imposed export controls on Japan." => ["United States -sanctions-> Islamic Revolutionary Guard Corps", "China -sanctions-> Japan"];
        "Japan protested China's deployment of warships near Taiwan." => [];
    }
}

#[test]
fn a_deployment_announced_or_approved_is_no_supply() {
    // The pledge's gap does not pass a deployment: the arms stay their owner's.
    modal_cases! {
        "Chile announced the deployment of Exocet missiles to Peru." => "Chile -deploys-> Peru", Modality::Asserted;
        "Spain approved the stationing of Eurofighter jets in Estonia." => "Spain -deploys-> Estonia", Modality::Asserted;
        "Norway approved the deployment of troops to Latvia." => "Norway -deploys-> Latvia", Modality::Asserted;
        "Peru announced that it would deploy howitzers to Bolivia." => "Peru -deploys-> Bolivia", Modality::Hedged;
        "Kenya pledged to station drones in Somalia." => "Kenya -deploys-> Somalia", Modality::Hedged;
        "Chile announced plans to deploy tanks to Peru." => "Chile -deploys-> Peru", Modality::Hedged;
        "Japan unveiled a plan to redeploy missiles to Djibouti." => "Japan -deploys-> Djibouti", Modality::Hedged;
    }
    // A pledge to send still supplies; a host that approves forces names their owner.
    modal_cases! {
        "Chile announced plans to send tanks to Peru." => "Chile -supplies-> Peru", Modality::Hedged;
        "Spain approved the delivery of Exocet missiles to Peru." => "Spain -supplies-> Peru", Modality::Asserted;
        "Latvia approved the deployment of Norwegian troops to Latvia." => "Norway -deploys-> Latvia", Modality::Asserted;
    }
}

#[test]
fn recipients_named_as_examples_receive() {
    cases! {
        "Turkey has delivered Bayraktar drones to at least 30 countries, including Niger and Mali." => ["Turkey -supplies-> Niger", "Turkey -supplies-> Mali"];
        "Russia sold S-400 systems to several countries, such as India and Turkey." => ["Russia -supplies-> India", "Russia -supplies-> Turkey"];
        // The recipient is named; the examples are of the items or their makers.
        "Iran sent drones to Russia, including Shahed-136s." => ["Iran -supplies-> Russia"];
        "France sent Caesar howitzers to Ukraine, including six from Denmark." => ["France -supplies-> Ukraine"];
        "The EU imposed sanctions on several countries, including Iran and Belarus." => ["European Union -sanctions-> Iran", "European Union -sanctions-> Belarus"];
        "The US sanctioned dozens of entities, including Chinese and Turkish firms." => ["United States -sanctions-> China", "United States -sanctions-> Turkey"];
        "The US imposed sanctions on Iran, including on its oil exports." => ["United States -sanctions-> Iran"];
        "Washington sanctioned the firms after several countries, including Japan, complained." => [];
        // The preposition may come again before the examples; forces go to places so named.
        "Spain sold rifles to several countries in Africa, including to Chad." => ["Spain -supplies-> Chad"];
        "Norway deployed troops to the Baltic region, including to Estonia and Latvia." => ["Norway -deploys-> Estonia", "Norway -deploys-> Latvia"];
        "Chile deployed troops in the Andes, including in Bolivia." => ["Chile -deploys-> Bolivia"];
        "Peru deployed troops to the border, including near Ecuador." => ["Peru -deploys-> -"];
    }
}

#[test]
fn an_adverb_between_subject_and_verb_is_passed_over() {
    cases! {
        "Iran later sent hundreds of drones to Russia." => ["Iran -supplies-> Russia"];
        "Germany subsequently imposed sanctions on Belarus." => ["Germany -sanctions-> Belarus"];
        "The United States quietly deployed Patriot batteries to Poland." => ["United States -deploys-> Poland"];
        // The adverb passes; the hedge beside it still counts.
        "Iran later considered sending drones to Russia." => [];
    }
}

#[test]
fn context_carries_a_party_only_between_kinds_that_continue_one_another() {
    let second = |text: &str| in_sentence(text, 1);
    // Whom a state sanctions is not whom it then arms or where it sends troops.
    for (text, want) in [
        ("Washington imposed sanctions on Iran on Monday. The US also shipped Patriot missiles last week.", "United States -supplies-> -"),
        ("The EU extended its sanctions against Belarus. France has also deployed Rafale jets.", "France -deploys-> -"),
        ("Canada sanctioned Venezuela in 2019. Canada later sent armored vehicles, officials said.", "Canada -supplies-> -"),
    ] {
        assert_eq!(second(text), vec![want.to_string()], "{text}");
    }
    // Shipping and stationing continue one another; sanctions continue sanctions.
    for (text, want) in [
        (
            "Russia moved troops to Belarus. Russia also shipped Iskander missiles in June.",
            "Russia -supplies-> Belarus",
        ),
        (
            "North Korea shipped shells to Russia. North Korea also sent soldiers in October.",
            "North Korea -deploys-> Russia",
        ),
        (
            "Iran sent drones to Russia last year. Iran has also delivered artillery shells.",
            "Iran -supplies-> Russia",
        ),
    ] {
        assert_eq!(second(text), vec![want.to_string()], "{text}");
    }
}

#[test]
fn a_partial_reading_folds_into_the_whole_one_of_its_sentence() {
    // "deployed troops" alone has no recipient, "troops, now stationed in Belarus" names it: one
    // relation, and nothing taken from the sentence before.
    let deploys_of_second = |text: &str| in_sentence(text, 1);
    for (text, want) in [
        ("Russia sanctioned Canada. Russia deployed troops, now stationed in Belarus.", "Russia -deploys-> Belarus"),
        ("Washington sanctioned Iran. Washington has stationed bombers, which are based in Romania.", "United States -deploys-> Romania"),
        // "sent frigates" reads as a supply, "frigates, now based in Japan" as a deployment.
        ("Canada sanctioned Iran. Canada sent frigates, now based in Japan.", "Canada -deploys-> Japan"),
    ] {
        assert_eq!(deploys_of_second(text), vec![want.to_string()], "{text}");
    }
    // Other items make another relation: the supply stays, without a recipient.
    assert_eq!(
        deploys_of_second(
            "Canada sanctioned Iran. Canada shipped artillery shells, while Canadian frigates are based in Japan."
        ),
        vec!["Canada -supplies-> -".to_string(), "Canada -deploys-> Japan".to_string()]
    );
}

#[test]
fn an_anaphor_opening_a_sentence_is_the_subject_of_a_recent_one() {
    let read = |text: &str, sentence: usize| -> Vec<String> {
        relations(text)
            .iter()
            .filter(|r| r.sentence == sentence && r.modality == Modality::Asserted)
            .map(show)
            .collect()
    };
    for (text, sentence, want) in [
        ("North Korea has shipped millions of shells to Russia. The country has also sent ballistic missiles, officials said.", 1, "North Korea -supplies-> Russia"),
        ("Kim Jong Un has sent thousands of troops to Russia. He also supplied KN-23 missiles.", 1, "North Korea -supplies-> Russia"),
        ("Russia received artillery shells from North Korea. The country also bought drones from Iran.", 1, "Iran -supplies-> Russia"),
        ("The EU imposed sanctions on Belarus. The bloc also sanctioned 20 Russian firms.", 1, "European Union -sanctions-> Russia"),
        // The referent acted in a relation of its sentence; a sentence in between does not take over.
        ("Iran shipped drones to Russia. Ukraine shot them down. It also sent missiles.", 2, "Iran -supplies-> Russia"),
        // With no such sentence, the actor that opened a recent one.
        ("Belarus has become Moscow's closest ally. It has sent artillery shells to Russia.", 1, "Belarus -supplies-> Russia"),
        ("The EU met in Brussels on Monday. The bloc later sanctioned 12 Iranian firms.", 1, "European Union -sanctions-> Iran"),
    ] {
        assert_eq!(read(text, sentence), vec![want.to_string()], "{text}");
    }
    // No referent of the anaphor's kind, too far back, or not the subject of the verb.
    for (text, sentence) in [
        ("Kim Jong Un met Vladimir Putin in Pyongyang. It also sent missiles.", 1),
        ("Iran shipped drones to Russia. One. Two. Three. It also sent missiles.", 4),
        ("North Korea sent troops to Russia. It is unclear whether more troops were sent.", 1),
    ] {
        assert!(
            read(text, sentence)
                .iter()
                .all(|r| !r.starts_with("Iran") && !r.starts_with("North Korea")),
            "{text}"
        );
    }
}

#[test]
fn a_named_place_that_is_no_party_is_not_filled_from_context() {
    let second = |text: &str| -> Vec<(String, bool)> {
        relations(text)
            .iter()
            .filter(|r| r.sentence == 1)
            .map(|r| (name(r.target), r.context))
            .collect()
    };
    let none = vec![("-".to_string(), false)];
    for text in [
        "Russia moved troops to Belarus last year. Russia has also moved Iskander missiles to Kaliningrad.",
        "Iran shipped drones to Russia. Iran later sent more drones into the Kherson region, officials said.",
        "The US deployed F-35 jets to Poland. The US also deployed Patriot batteries to Mielec, tanks and troops.",
        // A compass word before the name is part of the place.
        "Iran shipped drones to Russia. Iran also sent missiles to the eastern Mediterranean.",
        "Iran shipped drones to Russia. Iran then moved drones into north-western Kherson.",
    ] {
        assert_eq!(second(text), none, "{text}");
    }
    // A destination that is no name still lets context name the recipient, as does a month.
    for text in [
        "North Korea shipped artillery shells to Russia. North Korea also sent rockets to the front lines.",
        "North Korea shipped artillery shells to Russia in March. North Korea also sent rockets in May.",
    ] {
        assert_eq!(second(text), vec![("Russia".to_string(), true)], "{text}");
    }
}

#[test]
fn decoys_are_not_relations() {
    cases! {
        "The Multilateral Sanctions Monitoring Team said North Korea violated the rules." => [];
        "Ukraine plans to diversify its supply of nuclear fuel away from Russian sources." => [];
        "South Korea condemned the meeting between the two leaders." => [];
        "Russia vetoed the mandate of the panel overseeing North Korean sanctions violations." => [];
        "Those sanctioned include Turkish firms involved in the trade of sanctioned goods." => [];
    }
}

#[test]
fn items_without_a_recipient_go_from_actor_to_weapon() {
    let r = relations("Iran has manufactured and supplied thousands of Shahed drones.");
    assert_eq!(r.len(), 1);
    assert_eq!(name(r[0].source), "Iran");
    assert!(r[0].target.is_none());
    assert_eq!(r[0].items.len(), 1);
}

#[test]
fn more_sanction_phrasings() {
    cases! {
        "Rosoboronexport was sanctioned by the United States in 2022." => ["United States -sanctions-> Rosoboronexport"];
        "Britain hit Iran with fresh sanctions." => ["United Kingdom -sanctions-> Iran"];
        "The United States added Rostec to its entity list." => ["United States -sanctions-> Rostec"];
        "The EU froze Belarus's assets." => ["European Union -sanctions-> Belarus"];
        "Sanctions imposed on Syria by the European Union were extended." => ["European Union -sanctions-> Syria"];
        "Canada has not sanctioned Rosatom." => [];
        "The United States added Japan to the list of guests." => [];
        // the sanctions as subject: "S's new sanctions target T"
        "Britain's new sanctions target Iran's drone makers." => ["United Kingdom -sanctions-> Iran"];
        "The latest US sanctions targeted Chinese firms." => ["United States -sanctions-> China"];
        "New EU sanctions target Belarus." => ["European Union -sanctions-> Belarus"];
        "Despite US sanctions, Russia targeted Kyiv with drones." => [];
        "Moscow says Western sanctions target ordinary Russians." => [];
        "Russia targeted Ukrainian power plants despite Western sanctions." => [];
        // a modifier between demonym and head; "agreed" sanctions; "the" inside a list
        "The State Department sanctioned two North Korean shipping firms." => ["United States -sanctions-> North Korea"];
        "The EU agreed its 14th package of sanctions against Russia." => ["European Union -sanctions-> Russia"];
        "The EU agreed to consider sanctions against Russia." => [];
        // the compound "sanctions package" names sanctions too
        "Canada adopted its fifth sanctions package against Belarus." => ["Canada -sanctions-> Belarus"];
        "Japan approved a sanctions package on Iran." => ["Japan -sanctions-> Iran"];
        "The State Department sanctioned two North Korean shipping routes." => [];
        "Canada sanctioned Russia and the Houthis." => ["Canada -sanctions-> Russia", "Canada -sanctions-> Houthis"];
        "Washington sanctioned Russian and Chinese firms for helping Iran." => ["United States -sanctions-> Russia", "United States -sanctions-> China"];
        "Washington praised Russian and Chinese firms." => [];
        // a name used as a demonym shares the head too; without a head it is no party
        "Japan sanctioned Chinese and Hong Kong companies that shipped parts to Russia." => ["Japan -sanctions-> China", "Japan -sanctions-> Hong Kong"];
        "Canada sanctioned Iranian and Hezbollah officials." => ["Canada -sanctions-> Iran", "Canada -sanctions-> Hezbollah"];
        // the EU's term, and sanctions "toward" a state
        "The European Council adopted new sanctions and restrictive measures against Belarus." => ["European Union -sanctions-> Belarus"];
        "The EU extended restrictive measures against Russia for another six months." => ["European Union -sanctions-> Russia"];
        "President Joe Biden announced further sanctions toward Russia." => ["United States -sanctions-> Russia"];
        "The central bank adopted restrictive measures on lending." => [];
        "France announced further steps toward Russia." => [];
        "The Japanese government has formalized additional sanctions against Russia." => ["Japan -sanctions-> Russia"];
        "Canada implemented new sanctions against Iran." => ["Canada -sanctions-> Iran"];
        "The US applied pressure on Iran." => [];
        "Jordan and Turkey have violated the UN arms embargo imposed on Libya since 2011." => ["United Nations -sanctions-> Libya"];
        "The EU sanctions imposed on Russia in 2014 remain in force." => ["European Union -sanctions-> Russia"];
        "China criticised the sanctions imposed on Russia." => [];
    }
}

#[test]
fn an_authorised_or_cleared_transfer_is_a_supply() {
    cases! {
        "Berlin authorised the export of Leopard 2 tanks to Ukraine." => ["Germany -supplies-> Ukraine"];
        "Washington has cleared a $2 billion sale of Patriot missiles to Poland." => ["United States -supplies-> Poland"];
        "The Pentagon greenlit the sale of F-35 jets to Saudi Arabia." => ["United States -supplies-> Saudi Arabia"];
        "The Ukrainian army cleared Russian troops from the city of Kherson." => [];
        "Turkey cleared the way for Sweden to join NATO." => [];
        "France authorized its diplomats to travel to Mali." => [];
    }
}

#[test]
fn sanctioned_people_and_firms_named_by_their_ties() {
    cases! {
        "Britain sanctioned 50 individuals and entities linked to the Kremlin on Thursday." => ["United Kingdom -sanctions-> Russia"];
        "The US imposed sanctions on five companies tied to Iran's drone program." => ["United States -sanctions-> Iran"];
        "Japan sanctioned three shipping companies connected to North Korea." => ["Japan -sanctions-> North Korea"];
        // A target named outright wins; ties of the target are not targets.
        "The US sanctioned Chinese firms tied to Russia's military." => ["United States -sanctions-> China"];
        "The EU sanctioned Iran, which is closely tied to Russia." => ["European Union -sanctions-> Iran"];
        "Britain sanctioned Russian companies linked to the war in Ukraine." => ["United Kingdom -sanctions-> Russia"];
    }
}

#[test]
fn sanctioned_parts_of_a_side_name_the_side() {
    cases! {
        "Canada sanctioned 14 tankers of Iran's shadow fleet." => ["Canada -sanctions-> Iran"];
        "Japan imposed sanctions on officials of North Korea's army." => ["Japan -sanctions-> North Korea"];
        "Australia sanctioned two subsidiaries of Rosatom." => ["Australia -sanctions-> Rosatom"];
        // The side must follow "of" at once: the leader of a network is no part of the side
        // the network served, and a side's members are no side of their own.
        "Canada sanctioned the leader of a network that smuggled drones to Iran." => [];
        "NATO members sent tanks to Ukraine." => [];
    }
    assert_eq!(
        with_modality("Norway did not sanction executives of Turkey's state arms maker."),
        owned(&[("Norway -sanctions-> Turkey", Modality::Negated)])
    );
}

#[test]
fn sanctioned_members_of_a_side_name_the_side() {
    cases! {
        "Australia imposed sanctions on members of Myanmar's junta." => ["Australia -sanctions-> Myanmar"];
        "Japan sanctioned six members of Hezbollah." => ["Japan -sanctions-> Hezbollah"];
        // Read only as a target of sanctions: the side a member belongs to is not the member, so
        // other members named beside a target are no target, and members are no subject.
        "Canada sanctioned Belarus and other members of the CSTO." => ["Canada -sanctions-> Belarus"];
        "Members of NATO sent tanks to Ukraine." => [];
    }
    assert_eq!(
        with_modality("Norway did not sanction members of Serbia's government."),
        owned(&[("Norway -sanctions-> Serbia", Modality::Negated)])
    );
}

#[test]
fn a_legislature_named_with_its_state_acts_for_the_state() {
    cases! {
        "The Canadian Senate approved the sale of LAV armoured vehicles to Saudi Arabia." => ["Canada -supplies-> Saudi Arabia"];
        "Britain sanctioned members of the Belarusian parliament." => ["United Kingdom -sanctions-> Belarus"];
        "Ukraine's parliament imposed sanctions on Iran." => ["Ukraine -sanctions-> Iran"];
    }
    assert_eq!(
        with_modality("The US Congress blocked the sale of F-35 jets to Turkey."),
        owned(&[("United States -supplies-> Turkey", Modality::Negated)])
    );
}

#[test]
fn words_of_belief_and_onset_between_subject_and_verb_are_passed_over() {
    cases! {
        // a plan stated as settled reads as "will"; a hyphenated prefix is no word between
        "Norway is to supply Ukraine with NASAMS." => ["Norway -supplies-> Ukraine"];
        "Sweden is set to send Gripen jets to Ukraine." => ["Sweden -supplies-> Ukraine"];
        "Canada reimposed sanctions on Nicaragua." => ["Canada -sanctions-> Nicaragua"];
        "Japan re-imposed sanctions on North Korea." => ["Japan -sanctions-> North Korea"];
        "Iran has re-supplied Hezbollah with rockets." => ["Iran -supplies-> Hezbollah"];
        "Pyongyang is thought to have shipped millions of artillery shells to Russia." => ["North Korea -supplies-> Russia"];
        "Iran is understood to have delivered Shahed drones to Sudan." => ["Iran -supplies-> Sudan"];
        "Moscow has reportedly begun supplying the Houthis with small arms." => ["Russia -supplies-> Houthis"];
        "Belarus began deploying troops to Russia in January." => ["Belarus -deploys-> Russia"];
        "Pyongyang is thought to have sent a delegation to Russia." => [];
    }
}

#[test]
fn a_flow_scaled_up_or_down() {
    cases! {
        "Beijing has stepped up exports of dual-use goods to Russia." => ["China -supplies-> Russia"];
        "Germany has doubled its deliveries of artillery shells to Ukraine." => ["Germany -supplies-> Ukraine"];
        "The US resumed arms sales to Saudi Arabia last year." => ["United States -supplies-> Saudi Arabia"];
        // Halting or pausing a flow is no transfer (negated, so not asserted).
        "The Netherlands halted deliveries of F-35 parts to Israel after a court ruling." => [];
        "Washington paused a shipment of 2,000-pound bombs to Israel in May." => [];
        "Russia increased attacks on Ukraine's energy grid." => [];
        "China has expanded trade with Russia." => [];
    }
    assert_eq!(
        modality("The Netherlands halted deliveries of F-35 parts to Israel after a court ruling."),
        vec![Modality::Negated]
    );
}

/// A decision not (yet) taken leaves the act open: hedged, not denied. The "not" of a decision
/// taken against the act, or of the act itself, still denies it.
#[test]
fn an_open_decision_hedges_the_act() {
    modal_cases! {
        "Spain has not decided whether to send Leopard tanks to Ukraine." => "Spain -supplies-> Ukraine", Modality::Hedged;
        "Italy has not yet decided whether to deliver SAMP/T systems to Ukraine." => "Italy -supplies-> Ukraine", Modality::Hedged;
        "Washington has yet to decide whether to send ATACMS to Ukraine." => "United States -supplies-> Ukraine", Modality::Hedged;
        "The EU has yet to decide whether to sanction Belarus." => "European Union -sanctions-> Belarus", Modality::Hedged;
        "Norway remains undecided on whether to send NASAMS systems to Ukraine." => "Norway -supplies-> Ukraine", Modality::Hedged;
        "Canada remained undecided about whether to sanction Belarus." => "Canada -sanctions-> Belarus", Modality::Hedged;
        "Spain is undecided as to whether to deliver Leopard tanks to Ukraine." => "Spain -supplies-> Ukraine", Modality::Hedged;
        "Spain has yet to send Leopard tanks to Ukraine." => "Spain -supplies-> Ukraine", Modality::Negated;
        "Spain has not decided to send Leopard tanks to Ukraine." => "Spain -supplies-> Ukraine", Modality::Negated;
        "Spain decided not to send Leopard tanks to Ukraine." => "Spain -supplies-> Ukraine", Modality::Negated;
    }
}

/// An open question leaves the act open too: a "not" or a refusal that denies the knowing or the
/// telling ("not clear whether", "declined to say whether") hedges the act; a "not" inside the
/// question, or on the act itself, still denies it.
#[test]
fn an_open_question_hedges_the_act() {
    modal_cases! {
        "It was not immediately clear whether Belarus had shipped shells to Russia." => "Belarus -supplies-> Russia", Modality::Hedged;
        "It is not yet known if Italy will deliver SAMP/T systems to Ukraine." => "Italy -supplies-> Ukraine", Modality::Hedged;
        "It was not known whether Syria had received S-300 systems from Russia." => "Russia -supplies-> Syria", Modality::Hedged;
        "Officials would not confirm whether Egypt sold rockets to Russia." => "Egypt -supplies-> Russia", Modality::Hedged;
        "Pentagon officials declined to say whether Israel had sent Patriot batteries to Ukraine." => "Israel -supplies-> Ukraine", Modality::Hedged;
        "Seoul refused to comment on whether it had sanctioned Belarus." => "South Korea -sanctions-> Belarus", Modality::Hedged;
        "Ankara neither confirmed nor denied that Turkey sold drones to Ethiopia." => "Turkey -supplies-> Ethiopia", Modality::Hedged;
        "It was not clear whether Egypt had not sold rockets to Russia." => "Egypt -supplies-> Russia", Modality::Negated;
        "It was clear that Egypt had not sold rockets to Russia." => "Egypt -supplies-> Russia", Modality::Negated;
        "Egypt declined to sell rockets to Russia." => "Egypt -supplies-> Russia", Modality::Negated;
    }
}

#[test]
fn a_negative_contraction_negates_as_not_does() {
    modal_cases! {
        "Spain won't send Leopard tanks to Ukraine." => "Spain -supplies-> Ukraine", Modality::Negated;
        "Egypt didn't sell rockets to Russia, officials said." => "Egypt -supplies-> Russia", Modality::Negated;
        "Belarus hasn't deployed troops to Ukraine." => "Belarus -deploys-> Ukraine", Modality::Negated;
        "Italy can't deliver SAMP/T systems to Ukraine this year." => "Italy -supplies-> Ukraine", Modality::Negated;
        "Seoul cannot sanction Belarus." => "South Korea -sanctions-> Belarus", Modality::Negated;
        "Turkey isn\u{2019}t sending drones to Armenia." => "Turkey -supplies-> Armenia", Modality::Negated;
    }
}

#[test]
fn a_possibility_not_ruled_out_is_hedged() {
    modal_cases! {
        "Paris has not ruled out sending troops to Ukraine." => "France -deploys-> Ukraine", Modality::Hedged;
        "Beijing won't rule out supplying drones to Russia." => "China -supplies-> Russia", Modality::Hedged;
        "Ankara refused to rule out selling drones to Russia." => "Turkey -supplies-> Russia", Modality::Hedged;
        "Berlin has never ruled out delivering Taurus missiles to Ukraine." => "Germany -supplies-> Ukraine", Modality::Hedged;
        "Seoul did not rule out sanctioning Belarus." => "South Korea -sanctions-> Belarus", Modality::Hedged;
        "Paris has ruled out sending troops to Ukraine." => "France -deploys-> Ukraine", Modality::Negated;
        "Seoul ruled out sanctioning Belarus." => "South Korea -sanctions-> Belarus", Modality::Negated;
    }
}

#[test]
fn a_rumour_is_hedged_and_passed_over_to_its_claim() {
    modal_cases! {
        "Rumours that Egypt sold rockets to Russia were dismissed." => "Egypt -supplies-> Russia", Modality::Hedged;
        "There is speculation that Belarus shipped shells to Russia." => "Belarus -supplies-> Russia", Modality::Hedged;
        "Ankara dismissed rumours that it had sold drones to Russia." => "Turkey -supplies-> Russia", Modality::Negated;
        "Ankara denied reports that it had sold drones to Russia." => "Turkey -supplies-> Russia", Modality::Negated;
        "Reports that Egypt sold rockets to Russia surfaced in July." => "Egypt -supplies-> Russia", Modality::Asserted;
    }
}

#[test]
fn a_refusal_or_an_offer_before_the_verb_keeps_its_subject() {
    modal_cases! {
        "Israel has refused to send Patriot systems to Ukraine." => "Israel -supplies-> Ukraine", Modality::Negated;
        "Germany declined to supply Taurus missiles to Ukraine." => "Germany -supplies-> Ukraine", Modality::Negated;
        "Hungary refused to sanction Belarus." => "Hungary -sanctions-> Belarus", Modality::Negated;
        "Russia has offered to sell Su-57 jets to India." => "Russia -supplies-> India", Modality::Hedged;
        "Iran threatened to send ballistic missiles to Russia." => "Iran -supplies-> Russia", Modality::Hedged;
        "Turkey decided to deploy troops to Libya in 2020." => "Turkey -deploys-> Libya", Modality::Asserted;
    }
    assert!(with_modality("Israel has refused to send diplomats to Ukraine.").is_empty());
    // Variant designations are aliases of their family.
    assert_eq!(
        asserted("Taiwan will receive the first batch of F-16V jets from the US next year."),
        ["United States -supplies-> Taiwan"]
    );
}

#[test]
fn a_quoted_we_is_the_speaker_named_after_the_quote() {
    modal_cases! {
        "\u{201c}We will keep supplying Ukraine with air defence systems,\u{201d} German Defence Minister Boris Pistorius said." => "Germany -supplies-> Ukraine", Modality::Asserted;
        "\"We will not send troops to Ukraine,\" Hungarian Prime Minister Viktor Orban said on Friday." => "Hungary -deploys-> Ukraine", Modality::Negated;
        "\"We have delivered 40 tanks to Ukraine,\" a Polish defence ministry spokesman said." => "Poland -supplies-> Ukraine", Modality::Asserted;
    }
    // No speaker named, or "we" not the verb's subject.
    assert_eq!(with_modality("\"We have sent troops to Mali,\" the minister said."), vec![]);
    assert_eq!(
        with_modality("\"We think that Poland's tanks were sent to Ukraine,\" Orban said."),
        owned(&[("Poland -supplies-> Ukraine", Modality::Asserted)])
    );
    assert_eq!(
        with_modality("\"We welcome that Berlin has sent tanks to Ukraine,\" Orban said."),
        owned(&[("Germany -supplies-> Ukraine", Modality::Asserted)])
    );
}

#[test]
fn a_quoted_we_after_an_attribution_and_a_colon_is_the_speaker() {
    modal_cases! {
        "Polish Defence Minister Mariusz Blaszczak said: \u{201c}We have delivered 14 tanks to Ukraine.\u{201d}" => "Poland -supplies-> Ukraine", Modality::Asserted;
        "A Norwegian defence ministry spokeswoman told reporters: \"We will not send troops to Estonia.\"" => "Norway -deploys-> Estonia", Modality::Negated;
    }
    // No attribution before the colon, or another pronoun than "we": nobody is the subject.
    assert_eq!(with_modality("Pistorius met Kuleba: \"We have sent tanks to Ukraine.\""), vec![]);
    assert_eq!(with_modality("Pistorius said: \"They have sent tanks to Ukraine.\""), vec![]);
}

#[test]
fn a_title_after_a_demonym_stands_for_its_state() {
    cases! {
        "The German chancellor approved the delivery of howitzers to Lithuania." => ["Germany -supplies-> Lithuania"];
        "The Saudi crown prince bought fighter jets from Britain." => ["United Kingdom -supplies-> Saudi Arabia"];
        "The British foreign secretary announced sanctions on Syria." => ["United Kingdom -sanctions-> Syria"];
        "Canada sanctioned the Iranian supreme leader." => ["Canada -sanctions-> Iran"];
    }
    modal_cases! {
        "\"We have sent tanks to Ukraine,\" the Spanish premier said." => "Spain -supplies-> Ukraine", Modality::Asserted;
    }
}

#[test]
fn a_person_named_after_a_demonym_and_a_preposition_is_no_title_holder() {
    // "Belarusian leader Alexander Lukashenko" is the person; "Venezuelan officials over
    // Maduro's decree" are officials, whose side the demonym names.
    cases! {
        "Norway sanctioned Belarusian leader Alexander Lukashenko." => ["Norway -sanctions-> Alexander Lukashenko"];
        "Norway imposed sanctions on Venezuelan officials over Maduro's decree." => ["Norway -sanctions-> Venezuela"];
        "Spain sanctioned Belarusian judges involved in Lukashenko's crackdown." => ["Spain -sanctions-> Belarus"];
        "Chile sanctioned Venezuelan generals loyal to Maduro." => ["Chile -sanctions-> Venezuela"];
    }
}

#[test]
fn the_accused_reads_as_in_the_active_accusation() {
    cases! {
        "The UAE has been accused of arming the Rapid Support Forces in Sudan." => ["United Arab Emirates -supplies-> Rapid Support Forces"];
        "Iran was accused of supplying drones to Russia." => ["Iran -supplies-> Russia"];
        "Washington accused Tehran of supplying ballistic missiles to Russia." => ["Iran -supplies-> Russia"];
        "Russia accused Ukraine of shelling a village in the Kursk region." => [];
        "Two diplomats were accused of spying for Russia." => [];
    }
}

/// The accused is the actor: as the accuser's object with the recipient alone ("Norway accuses
/// Serbia of arming Bolivia") and in apposition to the subject ("Chile, accused of arming Peru,
/// …"), where "suspected" hedges as it does in the clause.
#[test]
fn the_accused_is_the_actor_as_object_or_in_apposition() {
    modal_cases! {
        "Norway accuses Serbia of arming Bolivia." => "Serbia -supplies-> Bolivia", Modality::Asserted;
        "Spain accused Chile of supplying Peru." => "Chile -supplies-> Peru", Modality::Asserted;
        "Chile, accused of arming Peru, says it is neutral." => "Chile -supplies-> Peru", Modality::Asserted;
        "Chile, long accused of selling rifles to Peru, is under review." => "Chile -supplies-> Peru", Modality::Asserted;
        "Chile, widely suspected of supplying drones to Peru, faces a vote." => "Chile -supplies-> Peru", Modality::Hedged;
        // Accusers in the apposition: several, or a group named by plain words.
        "Chile, accused by Spain and Norway of arming Peru, says it is neutral." => "Chile -supplies-> Peru", Modality::Asserted;
        "Chile, accused by Western officials of selling rifles to Peru, is under review." => "Chile -supplies-> Peru", Modality::Asserted;
        "Chile, suspected by the Spanish government of arming Peru, faces a vote." => "Chile -supplies-> Peru", Modality::Hedged;
    }
    cases! {
        "Norway accuses Serbia of arming its own militias." => [];
    }
}

/// A denial after the claim by one of its sides disputes it ("…, but Belgrade denies it", "…,
/// which it denies"): hedged, as "…, a charge Tehran rejects" is. A denial of something else, an
/// undenied claim or a denial by a bystander leaves it asserted.
#[test]
fn a_denial_after_the_claim_by_one_of_its_sides_disputes_it() {
    modal_cases! {
        "Serbia sent drones to Bolivia, but Belgrade denies it." => "Serbia -supplies-> Bolivia", Modality::Hedged;
        "Norway sold rifles to Chad, but Oslo has denied the reports." => "Norway -supplies-> Chad", Modality::Hedged;
        "Serbia sent drones to Bolivia, but it has denied this." => "Serbia -supplies-> Bolivia", Modality::Hedged;
        "Serbia is accused of arming Bolivia, which it denies." => "Serbia -supplies-> Bolivia", Modality::Hedged;
        "Serbia has been accused of arming Bolivia, which Belgrade has denied." => "Serbia -supplies-> Bolivia", Modality::Hedged;
        "Serbia sent drones to Bolivia, but La Paz denies it received them." => "Serbia -supplies-> Bolivia", Modality::Asserted;
        "Serbia sent drones to Bolivia, but Belgrade has not denied it." => "Serbia -supplies-> Bolivia", Modality::Asserted;
        "Serbia sold rifles to Bolivia, but Chile denies it." => "Serbia -supplies-> Bolivia", Modality::Asserted;
    }
}

/// A claim reported in an aside about one of its sides, a relative clause that attributes it or
/// a participle that accuses, and denied by that side as the main clause's verb ("Chile, which
/// Spain says sent drones to Peru, denied it", "Serbia, accused by Norway of arming Bolivia,
/// denied it"), is disputed, as is a claim denied by the side a relative clause after it is
/// about ("…, which denies it"). An aside in the writer's own voice is background that the
/// denial does not answer; a denial of something else or an undenied claim stays asserted.
#[test]
fn a_side_denying_a_claim_reported_in_an_aside_about_it_disputes_it() {
    modal_cases! {
        "Serbia, which Norway says has sent drones to Bolivia, denies it." => "Serbia -supplies-> Bolivia", Modality::Hedged;
        "Bolivia, which according to Chile received drones from Serbia, has denied the reports." => "Serbia -supplies-> Bolivia", Modality::Hedged;
        "Chile, which Spain accuses of sending drones to Peru, denies it." => "Chile -supplies-> Peru", Modality::Hedged;
        "Serbia, accused by Norway of arming Bolivia, denied it." => "Serbia -supplies-> Bolivia", Modality::Hedged;
        "Serbia, accused of selling rifles to Chad, denies it." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia sold rifles to Chad, which denies it." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia, which has sent drones to Bolivia, denies the report." => "Serbia -supplies-> Bolivia", Modality::Asserted;
        "Chad, to which Serbia sold rifles, denied it." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia, which Norway says has sent drones to Bolivia, denies any wrongdoing." => "Serbia -supplies-> Bolivia", Modality::Asserted;
        "Serbia, which Norway says has sent drones to Bolivia, has not denied it." => "Serbia -supplies-> Bolivia", Modality::Asserted;
    }
}

#[test]
fn travel_bans_are_sanctions_and_their_ban_no_negation() {
    cases! {
        "Britain announced an asset freeze and travel bans on 10 Iranian officials." => ["United Kingdom -sanctions-> Iran"];
        "The EU imposed travel bans on Belarusian officials." => ["European Union -sanctions-> Belarus"];
        "Canada imposed visa bans on Russian lawmakers." => ["Canada -sanctions-> Russia"];
        "The US lifted a travel ban on Cuba." => [];
    }
    // A ban on exports negates the supply it names, and is itself a sanction on the buyer.
    holds_with_modality! {
        "New Zealand has banned exports of military equipment to Russia." => "New Zealand -supplies-> Russia", Modality::Negated;
        "New Zealand has banned exports of military equipment to Russia." => "New Zealand -sanctions-> Russia", Modality::Asserted;
    }
}

#[test]
fn a_denial_of_reports_is_the_subjects_denial() {
    for (text, want) in [
        (
            "Kazakhstan denied reports that it had supplied weapons to Russia.",
            "Kazakhstan -supplies-> Russia",
        ),
        (
            "Iran has rejected claims that it sent ballistic missiles to Russia.",
            "Iran -supplies-> Russia",
        ),
        ("China dismissed allegations that it was arming Russia.", "China -supplies-> Russia"),
        // The reading that has Russia deploy to itself gives way to the later subject.
        (
            "Russia denied that North Korean troops had been deployed to Russia.",
            "North Korea -deploys-> Russia",
        ),
    ] {
        assert_eq!(with_modality(text), vec![(want.to_string(), Modality::Negated)], "{text}");
    }
    assert!(with_modality("The US rejected Iran's offer to send drones to Russia.")
        .iter()
        .all(|(r, _)| !r.starts_with("United States")));
}

#[test]
fn captives_and_the_dead_are_no_forces_sent() {
    cases! {
        "Ukraine sent captured North Korean soldiers back to Pyongyang." => [];
        "Russia returned the bodies of Ukrainian soldiers to Ukraine." => [];
        "Ukraine handed over wounded Russian troops to Russia." => [];
        // Words after the forces do not undo them.
        "North Korea sent troops to Russia, where many were killed." => ["North Korea -deploys-> Russia"];
        "North Korea sent 10,000 troops to Russia, and hundreds were captured." => ["North Korea -deploys-> Russia"];
    }
}

#[test]
fn arms_taken_in_battle_are_still_arms_moved() {
    cases! {
        "Russia transferred captured Western weapons to Iran." => ["Russia -supplies-> Iran"];
        "Ukraine sent captured Russian tanks to Poland." => ["Ukraine -supplies-> Poland"];
        "Iran shipped seized missiles to Yemen." => ["Iran -supplies-> Yemen"];
        // People among the items are still no forces sent, and a use of arms no arms moved.
        "Ukraine sent captured Russian soldiers and tanks to Poland." => [];
        "Ukraine sent captured civilians to Poland." => [];
        "Spain approved controls on the use of captured rifles sent to Morocco." => [];
    }
}

#[test]
fn the_use_of_arms_is_no_arms_moved() {
    cases! {
        // A limit on using arms limits no transfer, and approving it approves none.
        "Spain approved controls on the use of rifles sent to Morocco." => [];
        "Germany imposed limits on the use of Taurus missiles supplied to Ukraine." => [];
        "Italy approved the use of drones for Egypt." => [];
        // A gap of a rule that starts inside such a phrase is still inside it.
        "Britain approved the withdrawal of troops sent to Estonia." => [];
        // The goods themselves, and their sale, still move.
        "Spain approved controls on the sale of rifles to Morocco." => ["Spain -sanctions-> Morocco"];
        "Italy approved the sale of drones to Egypt." => ["Italy -supplies-> Egypt"];
    }
}

#[test]
fn forces_positioned_abroad_but_not_a_subject_positioning_itself() {
    cases! {
        "The UAE has positioned troops and drones in eastern Libya." => ["United Arab Emirates -deploys-> Libya"];
        "Russia positioned Iskander missiles in Belarus last year." => ["Russia -deploys-> Belarus"];
        "Iran has positioned itself as a key supplier of drones to Russia." => [];
        "The US moved itself closer to sending F-16 jets to Ukraine." => [];
    }
}

#[test]
fn a_place_the_gazetteer_does_not_know_then_its_country() {
    cases! {
        "About 2,500 US Marines are stationed in Darwin, Australia." => ["United States -deploys-> Australia"];
        "The US stationed Patriot batteries in Rzeszow, Poland." => ["United States -deploys-> Poland"];
        "Britain deployed Typhoon jets to Konstanta, Romania, in May." => ["United Kingdom -deploys-> Romania"];
        // The country opens an attribution: no recipient.
        "North Korea sent troops to Lgov, Russia said." => ["North Korea -deploys-> -"];
        // A place the gazetteer knows is in its state whoever speaks after it.
        "North Korea sent troops to Kursk, Russia said." => ["North Korea -deploys-> Russia"];
        "Iran sent drones to Sevastopol, Ukraine said on Monday." => ["Iran -supplies-> -"];
    }
}

#[test]
fn a_place_named_as_part_of_its_state_is_in_that_state() {
    cases! {
        // The state after "of".
        "Belarus moved 4,000 soldiers to the Bryansk region of Russia." => ["Belarus -deploys-> Russia"];
        "Canada has sent tanks to the Baltic nation of Latvia." => ["Canada -supplies-> Latvia"];
        "Australia sent a frigate to the southern islands of the Philippines." => ["Australia -supplies-> Philippines"];
        "France deployed Rafale jets to the southern Polish province of Silesia last week." => ["France -deploys-> Poland"];
        // The state's demonym before the noun, the place's name after "of".
        "Germany stationed Patriot batteries in the Lithuanian port city of Klaipeda." => ["Germany -deploys-> Lithuania"];
        "Iran smuggled missiles to the Sudanese city of Port Sudan." => ["Iran -supplies-> Sudan"];
        // A city with no state named stays no recipient; a state's own region is no other side:
        // a deployment with no recipient.
        "Russia sent drones to the city of Odesa." => ["Russia -supplies-> -"];
        "Russia moved Iskander missiles to the Kaliningrad region of Russia." => ["Russia -deploys-> -"];
        // The "of" must follow the place noun.
        "Iran sent drones to the Yemeni port at Hodeidah." => ["Iran -supplies-> -"];
    }
}

#[test]
fn a_place_of_the_gazetteer_is_in_its_state_as_a_destination() {
    cases! {
        "North Korea dispatched 11,000 soldiers to Kursk." => ["North Korea -deploys-> Russia"];
        "North Korean troops were deployed to the Kursk region." => ["North Korea -deploys-> Russia"];
        "The United States deployed F-35 jets to Okinawa last month." => ["United States -deploys-> Japan"];
        "Germany deployed Patriot batteries to the city of Rzeszow." => ["Germany -deploys-> Poland"];
        // Warships sent to a place are deployed there.
        "Britain sent two frigates to Okinawa." => ["United Kingdom -deploys-> Japan"];
        // A place in the source's own state is no other side.
        "Russia stationed Iskander missiles in Kaliningrad." => ["Russia -deploys-> -"];
        // Arms sent to a city name no recipient: they are as often fired at it.
        "Russia sent drones to Kharkiv." => ["Russia -supplies-> -"];
        "Russia sent drones to the city of Odesa." => ["Russia -supplies-> -"];
        // A gapped pair names its own recipient.
        "North Korea sent troops to Kursk and missiles to Belarus." => ["North Korea -deploys-> Russia", "North Korea -supplies-> Belarus"];
        // A place listed with a compass word may be written with it in lower case; the name
        // after it must still be capitalised.
        "Burundi has deployed troops in eastern Congo." => ["Burundi -deploys-> Democratic Republic of the Congo"];
        "Burundi sent troops to eastern congo." => ["Burundi -deploys-> -"];
        "Spain sent troops to north Kivu." => ["Spain -deploys-> Democratic Republic of the Congo"];
    }
}

#[test]
fn the_subject_of_a_gerund_after_a_preposition_acts() {
    cases! {
        "Officials confirmed details of Iran supplying Russia with drones." => ["Iran -supplies-> Russia"];
        "The EU imposed sanctions over Iran supplying ballistic missiles to Russia." => ["Iran -supplies-> Russia"];
        // So is the antecedent of a relative clause whose verb is the rule's.
        "Officials spoke of Iran, which supplied drones to Russia." => ["Iran -supplies-> Russia"];
    }
}

#[test]
fn pseudo_negations_and_concerns() {
    modal_cases! {
        "A spokesman said Russia was not only receiving drones from Iran, but also training there." => "Iran -supplies-> Russia", Modality::Asserted;
        "There is no doubt that Iran supplied drones to Russia." => "Iran -supplies-> Russia", Modality::Asserted;
        "Washington raised concerns about China sending drone parts to Russia." => "China -supplies-> Russia", Modality::Hedged;
        "Officials fear that Iran will send ballistic missiles to Russia." => "Iran -supplies-> Russia", Modality::Hedged;
        "Iran did not supply drones to Russia." => "Iran -supplies-> Russia", Modality::Negated;
    }
}

#[test]
fn what_a_side_fears_is_no_claim() {
    // "fear" hedges without "that" or "of" too: the feared act has not been shown to happen.
    modal_cases! {
        "Spain fears Chile will send drones to Peru." => "Chile -supplies-> Peru", Modality::Hedged;
        "Norway feared Bolivia had shipped rifles to Chad." => "Bolivia -supplies-> Chad", Modality::Hedged;
        "Amid fears Chile sent drones to Peru, Spain protested." => "Chile -supplies-> Peru", Modality::Hedged;
        "Spain fears a Chilean military presence in Bolivia." => "Chile -deploys-> Bolivia", Modality::Hedged;
        // A fear that only explains the act leaves it a fact.
        "Chile sent drones to Peru, fearing an attack by Bolivia." => "Chile -supplies-> Peru", Modality::Asserted;
        "Chile, fearing Bolivia, bought drones from Spain." => "Spain -supplies-> Chile", Modality::Asserted;
    }
}

#[test]
fn sanction_statements_of_the_wire() {
    cases! {
        // The antecedent of a relative clause is the subject of its verb, whatever governs it.
        "The sanctions were imposed in coordination with the Commerce Department, which is imposing new export controls on Russia." => ["United States -sanctions-> Russia"];
        // A count before firms named by their home, and "almost".
        "The United States have sanctioned 300 entities in Russia and China." => ["United States -sanctions-> Russia", "United States -sanctions-> China"];
        "Britain sanctioned almost 50 companies in Iran." => ["United Kingdom -sanctions-> Iran"];
        // An organ of the source in a target list is dropped, the rest kept.
        "We met the Commerce Department, which is imposing new export controls on Russia, and the State Department." => ["United States -sanctions-> Russia"];
        // Targets named as examples of what the sanctions hit.
        "The US Treasury Department's sanctions target 275 individuals and organizations in nations such as India and Turkey." => ["United States -sanctions-> India", "United States -sanctions-> Turkey"];
        "The drone strikes hit several cities, including Kyiv and Odesa." => [];
        // A relative clause whose verb is no rule verb lends no subject.
        "Putin signed a treaty with Kim Jong Un, which boosted cooperation and led to deployments of troops to Russia." => [];
    }
}

#[test]
fn a_states_rulers_named_by_where_they_rule_are_the_state() {
    // "the junta in Chad" is Chad as recipient, target or subject, as "firms in Iran" are Iran.
    cases! {
        "Spain sent rifles to the junta in Chad." => ["Spain -supplies-> Chad"];
        "Belarus shipped drones to the military government in Niger." => ["Belarus -supplies-> Niger"];
        "Canada sanctioned the regime in Nicaragua." => ["Canada -sanctions-> Nicaragua"];
        "The regime in Minsk supplied rifles to Mali." => ["Belarus -supplies-> Mali"];
        // Not armed groups, nor those who speak for a place.
        "Chile sent rifles to armed groups in Peru." => ["Chile -supplies-> -"];
        "The government in Lima said Chile sent rifles to Bolivia." => ["Chile -supplies-> Bolivia"];
    }
}

#[test]
fn a_sides_rulers_or_forces_named_before_of_are_the_side() {
    // "the government of Chad" is Chad as recipient or subject, as "Chad's government" is.
    cases! {
        "Peru sent rifles to the government of Chad last year." => ["Peru -supplies-> Chad"];
        "Turkey sold drones to the military government of Niger." => ["Turkey -supplies-> Niger"];
        "Italy delivered helicopters to the armed forces of Kenya." => ["Italy -supplies-> Kenya"];
        "The forces of Kenya received helicopters from Italy." => ["Italy -supplies-> Kenya"];
        // Not those the side is not: its enemies or its people.
        "Chile sent rifles to the enemies of Peru." => ["Chile -supplies-> -"];
        "Chile sent rifles to the people of Peru." => ["Chile -supplies-> -"];
    }
}

#[test]
fn an_owner_named_on_forces_after_a_speaker_is_their_subject() {
    cases! {
        "Earlier this month, Seoul said North Korean soldiers fighting alongside Russia's army had withdrawn." => ["North Korea -deploys-> Russia"];
        "Kyiv said North Korean troops were deployed to Russia in October." => ["North Korea -deploys-> Russia"];
        "Seoul said Russian troops arrived in Belarus." => ["Russia -deploys-> Belarus"];
        "Niger already hosts American military personnel." => ["United States -deploys-> Niger"];
        "Russian military trainers arrived in Mali." => ["Russia -deploys-> Mali"];
        // Forces named after what a speaker said are not the speaker's, unless said to be.
        "Seoul said 3,000 troops were deployed to Russia." => [];
        "Russia said its troops were deployed to Belarus." => ["Russia -deploys-> Belarus"];
    }
}

#[test]
fn a_signed_contract_is_an_order_a_deal_alone_a_plan() {
    modal_cases! {
        "India has signed a contract to purchase 26 Rafale fighter jets from France." => "France -supplies-> India", Modality::Asserted;
        "Israel signed a contract to buy 14 F-35 jets from the United States." => "United States -supplies-> Israel", Modality::Asserted;
        "Poland sealed a deal to buy K2 tanks from South Korea." => "South Korea -supplies-> Poland", Modality::Asserted;
        "Joe Biden signed a military aid package for Israel." => "United States -supplies-> Israel", Modality::Asserted;
        "India confirmed a deal to buy fighter jets from France." => "France -supplies-> India", Modality::Hedged;
    }
}

#[test]
fn more_supply_phrasings() {
    cases! {
        "Washington accused Tehran of supplying ballistic missiles to Russia." => ["Iran -supplies-> Russia"];
        "Poland took delivery of K2 tanks from South Korea." => ["South Korea -supplies-> Poland"];
        "Germany approved a new military aid package for Ukraine." => ["Germany -supplies-> Ukraine"];
        "Drones supplied by Iran to Russia hit Kyiv." => ["Iran -supplies-> Russia"];
        "Russia is India's largest arms supplier." => ["Russia -supplies-> India"];
        "Germany approved a new budget for Ukraine's reconstruction." => [];
        "Poland took delivery of grain from Ukraine." => [];
        "Kyiv received F-16 jets from Denmark and the Netherlands." => ["Denmark -supplies-> Ukraine", "Netherlands -supplies-> Ukraine"];
        // the maker's demonym before the items names the supplier
        "Russia reportedly received Iranian ballistic missiles in September." => ["Iran -supplies-> Russia"];
        "Moscow has purchased millions of North Korean shells." => ["North Korea -supplies-> Russia"];
        "Russia received Iranian diplomats in September." => [];
        "Ukraine received Western tanks." => [];
    }
}

#[test]
fn more_deploy_phrasings() {
    cases! {
        "North Korean troops arrived in Russia in October." => ["North Korea -deploys-> Russia"];
        "Troops from Belarus arrived in Russia." => ["Belarus -deploys-> Russia"];
        "The United States has 30,000 troops stationed in South Korea." => ["United States -deploys-> South Korea"];
        "North Korean tourists arrived in Russia." => [];
        "The United States has troops ready for exercises." => [];
        // the owner before the items, in the passive: troops deploy, weapons supply
        "North Korean troops were sent to Russia." => ["North Korea -deploys-> Russia"];
        "Wagner mercenaries have been deployed to Mali." => ["Wagner Group -deploys-> Mali"];
        // a demonym gives only the mercenaries' nationality, not who sent them
        "Russian mercenaries have been deployed to Mali." => [];
        "Russia has sent hundreds of military advisers to Mali." => ["Russia -deploys-> Mali"];
        "Iranian drones were shipped to Russia." => ["Iran -supplies-> Russia"];
        // the front is no side: a deployment with no target
        "North Korean troops were sent to the front." => ["North Korea -deploys-> -"];
        "Russian oil was shipped to India." => [];
        "North Korean diplomats were sent to Russia." => [];
        // sent to help a side
        "Cuban soldiers were sent to fight for Russia, Kyiv claimed." => ["Cuba -deploys-> Russia"];
        "Cuban mercenaries were sent to fight for Russia, Kyiv claimed." => [];
        "North Korean troops have been sent to fight alongside Russian forces in Kursk." => ["North Korea -deploys-> Russia"];
        "Iranian drones were sent to help Russia in its war." => ["Iran -supplies-> Russia"];
        // no side helped: troops sent, to no target
        "Belarusian troops were sent to help with the harvest." => ["Belarus -deploys-> -"];
        "American instructors were sent to train Ukrainian soldiers in Germany." => [];
    }
}

#[test]
fn counted_targets_trailing_heads_pronouns_and_joined_sanctions() {
    cases! {
        "The Treasury Department imposed sanctions on 12 Chinese companies." => ["United States -sanctions-> China"];
        "The United States sanctioned two Iranian firms." => ["United States -sanctions-> Iran"];
        "France delivered Caesar howitzers and Mirage 2000 jets to Ukraine." => ["France -supplies-> Ukraine"];
        "The UK announced new sanctions targeting Iran's drone industry." => ["United Kingdom -sanctions-> Iran"];
        "Japan joined the sanctions against Russia." => ["Japan -sanctions-> Russia"];
        "The Treasury Department imposed sanctions on 12 people." => [];
    }
    assert_eq!(
        modality("North Korea denied it had sent weapons to Russia."),
        vec![Modality::Negated]
    );
    // A programme is not a weapon: no item, so no relation.
    cases! {
        "Russia is helping Iran with its ballistic missile program." => [];
    }
}

#[test]
fn negatives_for_retyping_coordination_and_metonyms() {
    cases! {
        // retyping needs an item: people and delegations are neither troops nor weapons
        "North Korea sent a delegation to Russia." => [];
        "Russia sent diplomats and engineers to Iran." => [];
        // coordination does not leak across clauses or into non-actors
        "The UK and Canada discussed trade, and Iran shipped drones to Russia." => ["Iran -supplies-> Russia"];
        "Officials from the UK and engineers met in Canada." => [];
        // a metonym needs its capital letter; a capital inside a longer name is not the state
        "The kremlin of Novgorod shipped no missiles." => [];
        "The Washington Post reported that Iran shipped drones to Russia." => ["Iran -supplies-> Russia"];
    }
}

#[test]
fn a_bare_comma_does_not_coordinate_and_reporting_verbs_pass() {
    cases! {
        "Russia has been receiving artillery shells from North Korea, U.S. officials said." => ["North Korea -supplies-> Russia"];
        "Kim Jong Un has sent thousands of troops to fight for Russia." => ["North Korea -deploys-> Russia"];
        "Moscow is supplying Pyongyang with oil in exchange for munitions." => [];
        "Germany, France and Italy imposed sanctions on Belarus." => ["Germany -sanctions-> Belarus", "France -sanctions-> Belarus", "Italy -sanctions-> Belarus"];
    }
    assert_eq!(
        modality("Britain said it would send Challenger 2 tanks to Ukraine."),
        vec![Modality::Hedged]
    );
}

#[test]
fn context_never_replaces_a_subject_the_sentence_names() {
    let r = relations("Iran has sent hundreds of drones to Russia. Washington has warned Beijing against providing lethal aid to Moscow.");
    let second: Vec<String> = r
        .iter()
        .filter(|r| r.sentence == 1)
        .map(|r| format!("{} -> {}", name(r.source), name(r.target)))
        .collect();
    assert!(second.iter().all(|s| !s.starts_with("Iran")), "{second:?}");
    cases! {
        "The U.S. Treasury Department on Thursday sanctioned Iran's defense minister." => ["United States -sanctions-> Iran"];
        "The sanctions against Russia were extended by the EU for another six months." => ["European Union -sanctions-> Russia"];
    }
}

/// Ids of the entities a text mentions, in order.
fn mentioned(text: &str) -> Vec<String> {
    let doc = Doc { id: "test".into(), text: text.into(), ..Doc::default() };
    let (_, mentions) = pipeline().process(&doc, Default::default());
    mentions.iter().map(|m| pipeline().gazetteer.entity(m.entity).id.clone()).collect()
}

#[test]
fn people_and_places_named_like_a_state_or_capital_are_not_the_state() {
    for text in [
        "Rep. Jim Jordan questioned the witnesses.",
        "Jordan Bardella spoke in Paris.",
        "Chad Wolf testified on Tuesday.",
        "The rally in Atlanta, Georgia, drew thousands.",
        "Georgia Republicans met in Savannah, Georgia.",
        "He moved to Atlanta, Ga., last year.",
    ] {
        let named: Vec<String> = mentioned(text)
            .into_iter()
            .filter(|id| ["state:JO", "state:TD", "state:GE"].contains(&id.as_str()))
            .collect();
        assert!(named.is_empty(), "{text}: {named:?}");
    }
    for text in [
        "George Washington and Denzel Washington; the University of Washington.",
        "Police in Moscow, Idaho, and Athens, Ga., arrested suspects.",
        "Paris Hilton visited Paris, Texas, and Lebanon, Pa.",
        "Israel Adesanya fought in Cairo, Ill., not Lima, Ohio.",
    ] {
        let states: Vec<String> =
            mentioned(text).into_iter().filter(|id| id.starts_with("state:")).collect();
        assert!(states.is_empty(), "{text}: {states:?}");
    }
    assert_eq!(
        mentioned("Washington, Moscow, Paris, Athens, Cairo and Lima; Israel and Lebanon."),
        [
            "state:US", "state:RU", "state:FR", "state:GR", "state:EG", "state:PE", "state:IL",
            "state:LB"
        ]
    );
    // The states themselves still match, also right beside those phrases.
    assert_eq!(
        mentioned("Jordan, Chad and Georgia bought rifles; Jim Jordan did not."),
        ["state:JO", "state:TD", "state:GE", "weapon:rifles"]
    );
}

#[test]
fn a_verbs_object_is_not_the_next_clauses_subject() {
    cases! {
        "Britain sanctioned Russia and Canada sanctioned Belarus." => ["United Kingdom -sanctions-> Russia", "Canada -sanctions-> Belarus"];
        "The United States sanctioned Iran's Revolutionary Guards and China imposed sanctions on Lockheed Martin." => ["United States -sanctions-> Islamic Revolutionary Guard Corps", "China -sanctions-> Lockheed Martin"];
        "Washington armed Ukraine and Poland sent tanks to Lithuania." => ["United States -supplies-> Ukraine", "Poland -supplies-> Lithuania"];
        // lists that are lists stay lists, as subject and as object
        "Ukraine and Poland received tanks from Germany." => ["Germany -supplies-> Ukraine", "Germany -supplies-> Poland"];
        "Germany supplied Ukraine and Poland with tanks." => ["Germany -supplies-> Ukraine", "Germany -supplies-> Poland"];
        "The EU sanctioned Russia and Belarus on Monday." => ["European Union -sanctions-> Russia", "European Union -sanctions-> Belarus"];
        "Russia and China have supplied drones to Iran." => ["Russia -supplies-> Iran", "China -supplies-> Iran"];
        // a list governed by a verb or a preposition runs up to ", and", where a clause may start
        "Britain sanctioned Russia and Belarus, and Canada has sanctioned Iran." => ["United Kingdom -sanctions-> Russia", "United Kingdom -sanctions-> Belarus", "Canada -sanctions-> Iran"];
        "Germany sent tanks to Ukraine and Poland, and France sent howitzers to Romania." => ["Germany -supplies-> Ukraine", "Germany -supplies-> Poland", "France -supplies-> Romania"];
        "Russia supplied Iran, and China and North Korea sent drones to Russia." => ["Russia -supplies-> Iran", "China -supplies-> Russia", "North Korea -supplies-> Russia"];
        "Germany sent tanks to Ukraine and Poland and supplied howitzers to Romania." => ["Germany -supplies-> Ukraine", "Germany -supplies-> Poland", "Germany -supplies-> Romania"];
        // a demonym modifies wherever it stands
        "The treaty led to North Korean troop deployments to Russia." => ["North Korea -deploys-> Russia"];
    }
}

#[test]
fn a_leaders_administration_or_regime_is_the_state() {
    cases! {
        "The Trump administration imposed sanctions on Iran." => ["United States -sanctions-> Iran"];
        "The Assad regime received artillery shells from Russia." => ["Russia -supplies-> Syria"];
        "The Netanyahu government bought air defense systems from Germany." => ["Germany -supplies-> Israel"];
        "Kim Jong Un's regime sent troops to Russia." => ["North Korea -deploys-> Russia"];
        // the leader alone acts for the state too (the office holder is kept as `via`)
        "Kim Jong Un sent troops to Russia." => ["North Korea -deploys-> Russia"];
        "Putin met Kim Jong Un's government ministers." => [];
    }
}

#[test]
fn the_makers_name_before_the_items_is_the_supplier() {
    cases! {
        "Ukraine received U.S.-made F-16 fighter jets." => ["United States -supplies-> Ukraine"];
        "Iran bought Chinese-made drones in 2023." => ["China -supplies-> Iran"];
        "Serbia acquired Russian-built MiG-29 jets." => ["Russia -supplies-> Serbia"];
        // using or shooting down someone's weapons is no transfer
        "Ukraine fired US-made ATACMS missiles at Russia." => [];
        "Israel shot down Iranian-made drones launched from Yemen." => [];
        "Russia received fighter jets made in Iran." => [];
        // a maker may supply what it made, but does not deploy it where others do
        "Russian-made S-400 systems were deployed in India." => [];
        "US-made Patriot systems have been deployed to Poland." => [];
        "Russian-made S-400 systems were delivered to India." => ["Russia -supplies-> India"];
        "Russian troops were deployed in Belarus." => ["Russia -deploys-> Belarus"];
    }
    // A name's compound needs its hyphen: with a space the name is the subject of a verb.
    cases! {
        "Peru bought Norway-built frigates from Chile." => ["Chile -supplies-> Peru"];
        "Peru bought Spain-made drones." => ["Spain -supplies-> Peru"];
        "Chile produced rockets for Peru." => ["Chile -supplies-> Peru"];
        "Spain built drones for Chile." => ["Spain -supplies-> Chile"];
    }
}

/// Arms made for a side are supplied to it; made for oneself or for a purpose, they are not.
#[test]
fn arms_made_for_a_side_are_supplied() {
    cases! {
        "Serbia is manufacturing artillery shells for Bolivia's army." => ["Serbia -supplies-> Bolivia"];
        "Norway builds frigates for the Chilean navy." => ["Norway -supplies-> Chile"];
        "Chile makes drones for the Houthis." => ["Chile -supplies-> Houthis"];
        "Spain makes drones for its own army." => [];
        "Chile produces drones for export." => [];
        "Spain assembled a coalition for Chile." => [];
    }
    modal_cases! {
        "Chad planned to produce rockets for Niger, leaked documents show." => "Chad -supplies-> Niger", Modality::Hedged;
        "Peru does not make missiles for Chile." => "Peru -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn arms_sent_for_a_side_are_supplied_to_it() {
    cases! {
        "Chile shipped rifles for the Houthis." => ["Chile -supplies-> Houthis"];
        "Spain exported howitzers for Peru and frigates for Chile." => ["Spain -supplies-> Peru", "Spain -supplies-> Chile"];
        "Norway delivered artillery shells for Bolivia's army last spring." => ["Norway -supplies-> Bolivia"];
        // a purpose or a war after "for" names no recipient
        "Serbia supplied rifles for use against Chad." => ["Serbia -supplies-> -"];
        "Spain delivered tanks for the war in Niger." => ["Spain -supplies-> -"];
    }
    modal_cases! {
        "Belgium refused to ship rockets for Niger." => "Belgium -supplies-> Niger", Modality::Negated;
    }
}

#[test]
fn a_price_or_a_time_between_arms_and_their_recipient_is_passed_over() {
    cases! {
        "Norway sold rifles for $3 million to Bolivia." => ["Norway -supplies-> Bolivia"];
        "Serbia delivered 12 howitzers, worth 40 million euros, to Chad." => ["Serbia -supplies-> Chad"];
        "Belgium has supplied artillery shells for years to Niger." => ["Belgium -supplies-> Niger"];
        // a side after "for" is the recipient, not the one after the gap
        "Spain sent rifles for Peru to Chile." => ["Spain -supplies-> Peru"];
    }
    modal_cases! {
        "Serbia refused to sell rockets for $5 million to Bolivia." => "Serbia -supplies-> Bolivia", Modality::Negated;
    }
}

#[test]
fn a_side_named_a_terrorist_is_sanctioned_and_one_named_an_ally_is_not() {
    cases! {
        "Peru designated Hezbollah a terrorist organisation in 2019." => ["Peru -sanctions-> Hezbollah"];
        "Hamas was designated a terrorist group by Chile last year." => ["Chile -sanctions-> Hamas"];
        "Spain listed Hezbollah as a terrorist entity." => ["Spain -sanctions-> Hezbollah"];
        "Bolivia was added to the sanctions list by Norway." => ["Norway -sanctions-> Bolivia"];
        "Norway added Hamas to its list of terrorist organisations." => ["Norway -sanctions-> Hamas"];
        // naming a side an ally or a partner honours it
        "Spain designated Peru a major non-NATO ally." => [];
        "Chile was designated a strategic partner by Belgium." => [];
        "Serbia designated Chad as a key partner in 2021 and sanctioned Niger." => ["Serbia -sanctions-> Niger"];
        // a side listed as anything else is neither
        "Belgium listed Chile as a buyer of rifles." => [];
    }
}

#[test]
fn makers_named_by_their_product_stand_for_their_state() {
    cases! {
        "Britain sanctioned Serbian drone makers supplying Chad." => ["United Kingdom -sanctions-> Serbia", "Serbia -supplies-> Chad"];
        "Peruvian missile manufacturers have supplied Bolivia." => ["Peru -supplies-> Bolivia"];
        "Chilean tank producers sell spare parts to Bolivia." => [];
    }
}

#[test]
fn perfect_passives_and_sanctions_that_hit() {
    cases! {
        "Ukraine has been supplied with Patriot batteries by the United States." => ["United States -supplies-> Ukraine"];
        "Russia has been sanctioned by the EU." => ["European Union -sanctions-> Russia"];
        "Russia has been supplying Iran with drones." => ["Russia -supplies-> Iran"];
        "Russia was hit with fresh sanctions by the EU." => ["European Union -sanctions-> Russia"];
        "Iran has been hit by new sanctions from the United States." => ["United States -sanctions-> Iran"];
        "Iran was targeted with sanctions by Britain." => ["United Kingdom -sanctions-> Iran"];
        "Russia was hit by Ukrainian drones." => [];
        "Russia was hit with sanctions." => [];
    }
}

#[test]
fn forces_named_by_their_owner_are_deployed() {
    cases! {
        "Russian forces were deployed to Kazakhstan in January 2022." => ["Russia -deploys-> Kazakhstan"];
        "Wagner mercenaries were stationed in Mali." => ["Wagner Group -deploys-> Mali"];
        "American forces have been redeployed to Poland." => ["United States -deploys-> Poland"];
        // officials and envoys are sent and dispatched too
        "Russian officials were sent to Tehran for talks." => [];
        "Chinese diplomats were dispatched to Moscow." => [];
    }
}

#[test]
fn forces_are_troops_and_may_head_their_owner() {
    cases! {
        "Russia sent forces to Syria in 2015." => ["Russia -deploys-> Syria"];
        "Russian forces were sent to Syria." => ["Russia -deploys-> Syria"];
        "Britain deployed forces to Estonia." => ["United Kingdom -deploys-> Estonia"];
        // Forces after their owner, before the verb: the owner acts through them.
        "Russian troops have received shells from North Korea." => ["North Korea -supplies-> Russia"];
        "Hezbollah forces have received rockets from Iran." => ["Iran -supplies-> Hezbollah"];
        "Ukrainian soldiers were supplied with Javelin missiles by the US." => ["United States -supplies-> Ukraine"];
    }
    // Where the forces can be items, they are: a host keeps every item.
    let hosted = relations("Belarus hosts Russian troops and nuclear weapons.");
    let items: Vec<String> = hosted
        .iter()
        .flat_map(|r| r.items.iter().map(|i| pipeline().gazetteer.entity(i.entity).name.clone()))
        .collect();
    assert_eq!(items, ["troops", "nuclear weapons"]);
    // The idiom and the verb are no forces.
    assert!(!mentioned("France and Germany joined forces to send tanks.")
        .contains(&"weapon:troops".to_string()));
    assert!(!mentioned("It forces Russia to buy shells.").contains(&"weapon:troops".to_string()));
}

#[test]
fn targets_named_by_their_nationality() {
    cases! {
        "Japan, South Korea and Australia jointly sanctioned North Korean hackers." => ["Japan -sanctions-> North Korea", "South Korea -sanctions-> North Korea", "Australia -sanctions-> North Korea"];
        "The US sanctioned a Chinese company for supplying Russia." => ["United States -sanctions-> China"];
        "Britain sanctioned Russian tankers carrying oil." => ["United Kingdom -sanctions-> Russia"];
        "The EU sanctioned an Iranian general." => ["European Union -sanctions-> Iran"];
        // no nationality, no target; hackers attacking is no relation
        "The EU sanctioned a general and two hackers." => [];
        "Russian hackers attacked Ukraine." => [];
    }
}

#[test]
fn people_outside_the_state_name_no_state() {
    cases! {
        "Colombia sanctioned Ecuadorian gang leaders." => [];
        "The UK sanctioned Syrian rebel commanders." => [];
        "Brazil sanctioned Paraguay's cartel leaders." => [];
        "Norway sanctioned Sudanese opposition figures by mistake." => [];
        // The list goes on past them to the sides it names.
        "Chile imposed sanctions on Peruvian gang leaders and on Bolivia's interior minister." => ["Chile -sanctions-> Bolivia"];
        "Spain sanctioned separatist commanders and Moroccan officials." => ["Spain -sanctions-> Morocco"];
        "Honduran gang leaders and Guatemala bought rifles from Israel." => ["Israel -supplies-> Guatemala"];
        // A modifier of the state's own people, or an organisation's, keeps them its own.
        "Norway sanctioned Sudanese army commanders." => ["Norway -sanctions-> Sudan"];
        "The EU sanctioned Hezbollah's militant commanders." => ["European Union -sanctions-> Hezbollah"];
    }
}

#[test]
fn jets_named_like_storms_need_their_noun() {
    assert_eq!(
        mentioned("Saudi Arabia bought Typhoon fighters; Italy flew Tornado jets and AWACS."),
        [
            "state:SA",
            "weapon:eurofighter-typhoon",
            "state:IT",
            "weapon:panavia-tornado",
            "weapon:e-3-sentry"
        ]
    );
    assert_eq!(mentioned("Typhoon Haiyan and a tornado hit the Philippines."), ["state:PH"]);
}

#[test]
fn vetoes_refusals_hopes_and_unverified_claims_are_not_facts() {
    for (text, want) in [
        ("Hungary vetoed new EU sanctions against Russia.", Modality::Negated),
        ("Berlin has ruled out sending Taurus missiles to Kyiv.", Modality::Negated),
        ("Israel declined to supply Iron Dome batteries to Ukraine.", Modality::Negated),
        (
            "Kyiv hopes Washington will approve the delivery of Patriot systems to Ukraine.",
            Modality::Hedged,
        ),
        ("Reports that China supplied weapons to Russia could not be verified.", Modality::Hedged),
        (
            "Iran shipped drones to Russia, a claim that could not be independently verified.",
            Modality::Hedged,
        ),
        // soldiers handed over in a prisoner swap are no forces deployed, cue before or after
        (
            "Russia handed over 100 Ukrainian soldiers to Ukraine in a prisoner swap.",
            Modality::Negated,
        ),
        (
            "In a prisoner exchange, Russia handed over 100 Ukrainian soldiers to Ukraine.",
            Modality::Negated,
        ),
        // a cue after the claim's clause, or in the next sentence, does not reach it
        (
            "Iran shipped drones to Russia; whether more will follow could not be verified.",
            Modality::Asserted,
        ),
        (
            "Iran shipped drones to Russia. The size of the shipment could not be verified.",
            Modality::Asserted,
        ),
    ] {
        assert_eq!(modality(text).first(), Some(&want), "{text}");
    }
}

#[test]
fn a_state_organ_acts_for_its_state() {
    cases! {
        // office holders act for the state or body they hold office in; others for themselves
        "Vladimir Putin sent troops to Syria." => ["Russia -deploys-> Syria"];
        "Ursula von der Leyen announced sanctions on Iran." => ["European Union -sanctions-> Iran"];
        "Hassan Nasrallah sent fighters and rockets to Syria." => ["Hezbollah -deploys-> Syria", "Hezbollah -supplies-> Syria"];
        "Andrei Troshev sent mercenaries to Mali." => ["Andrei Troshev -deploys-> Mali"];
        "Under UN Security Council sanctions, North Korea cannot import fuel." => ["United Nations -sanctions-> North Korea"];
        "The Pentagon sent Patriot batteries to Israel." => ["United States -supplies-> Israel"];
        "OFAC designated three North Korean firms." => ["United States -sanctions-> North Korea"];
        "The IRGC supplied drones to Russia." => ["Iran -supplies-> Russia"];
        // organisations of their own stay themselves; a sanctioned organ stays the target
        "Rheinmetall delivered Skynex systems to Ukraine." => ["Rheinmetall -supplies-> Ukraine"];
        "Hezbollah received rockets from Iran." => ["Iran -supplies-> Hezbollah"];
        "The US sanctioned the IRGC." => ["United States -sanctions-> Islamic Revolutionary Guard Corps"];
    }
    // The organ the text names is kept beside its state.
    let via: Vec<String> = relations("The Treasury Department sanctioned two Iranian firms.")
        .iter()
        .map(|r| name(r.via))
        .collect();
    assert_eq!(via, ["US Treasury"]);
    let direct: Vec<String> =
        relations("Britain sanctioned two Iranian firms.").iter().map(|r| name(r.via)).collect();
    assert_eq!(direct, ["-"]);
}

#[test]
fn states_under_sanctions_and_frozen_assets() {
    cases! {
        "North Korea remains under UN sanctions." => ["United Nations -sanctions-> North Korea"];
        "Iran has been under US sanctions since 1979." => ["United States -sanctions-> Iran"];
        "Venezuela, under US sanctions, sold oil to China." => ["United States -sanctions-> Venezuela"];
        "The UK has frozen assets belonging to Russian oligarchs." => ["United Kingdom -sanctions-> Russia"];
        "Washington blacklisted Chinese chipmaker SMIC." => ["United States -sanctions-> Semiconductor Manufacturing International Corporation"];
        // a cleric by title and a name the gazetteer lacks
        "Canada imposed sanctions on Belarusian Archbishop Ivan Petrov." => ["Canada -sanctions-> Belarus"];
        "Britain sanctioned Iranian clerics." => ["United Kingdom -sanctions-> Iran"];
        // under something else, or sanctions nobody imposes
        "Ukraine is under attack from Russia." => [];
        "Russia, which is under Western sanctions, bought oil from Iran." => [];
        "The UK has frozen its own assets in Russia." => [];
    }
}

#[test]
fn a_subject_before_an_appositive_is_the_verbs_subject() {
    cases! {
        "Iran, a close ally of Moscow, shipped drones to Russia." => ["Iran -supplies-> Russia"];
        "The United States, Ukraine's biggest backer, sent ATACMS missiles to Kyiv." => ["United States -supplies-> Ukraine"];
        "Germany, France and Italy, the report said, sent tanks to Ukraine." => ["Germany -supplies-> Ukraine", "France -supplies-> Ukraine", "Italy -supplies-> Ukraine"];
        // only a subject that opens the sentence; an introductory phrase names nobody
        "In 2023, after months of talks, shipments of drones to Russia began." => [];
        "Officials in Seoul, citing intelligence, said shells were sent to Russia." => [];
        // no appositive between the commas (this once panicked)
        "Iran, shipped drones to Russia." => [];
        "Iran,, shipped drones to Russia." => [];
    }
}

#[test]
fn forces_moved_or_fighting_for_a_side() {
    cases! {
        "Russia has moved tactical nuclear weapons to Belarus." => ["Russia -deploys-> Belarus"];
        "North Korean soldiers are fighting for Russia in the Kursk region." => ["North Korea -deploys-> Russia"];
        "North Korean troops fought alongside Russian forces." => ["North Korea -deploys-> Russia"];
        // fighting in a country is war, not a deployment for a side; moving closer is no move
        "Russian troops are fighting in Ukraine." => [];
        "Ukrainian soldiers are fighting in Russia's Kursk region." => [];
        "Russia moved closer to Iran." => [];
    }
}

#[test]
fn suppliers_and_buyers_named_by_their_role() {
    cases! {
        "India is Russia's biggest arms customer." => ["Russia -supplies-> India"];
        "Israel is a major buyer of German submarines." => ["Germany -supplies-> Israel"];
        "Egypt is the largest importer of weapons from France." => ["France -supplies-> Egypt"];
        "North Korea has become Russia's biggest supplier of artillery shells." => ["North Korea -supplies-> Russia"];
        "Russia remains India's largest arms supplier." => ["Russia -supplies-> India"];
        // a role in some other trade is no arms transfer
        "India is Russia's biggest oil customer." => [];
        "Saudi Arabia is China's biggest oil supplier." => [];
        "China is Russia's biggest trading partner." => [];
        "The United States remains the largest arms supplier to Saudi Arabia." => ["United States -supplies-> Saudi Arabia"];
        "Qatar is the main gas supplier to Italy." => [];
    }
}

/// The buyer turns to or relies on its supplier.
#[test]
fn buyers_turning_to_or_relying_on_a_supplier() {
    cases! {
        "Russia has increasingly turned to Iran as a key supplier of drones." => ["Iran -supplies-> Russia"];
        "Russia turned to North Korea for artillery shells after its own stocks ran low." => ["North Korea -supplies-> Russia"];
        "India relies on Russia for most of its weapons, including S-400 systems." => ["Russia -supplies-> India"];
        "Armenia depends on Russian weapons for its defence." => ["Russia -supplies-> Armenia"];
        "Ukraine relies on Western intelligence to target Russian air defence systems." => [];
        "Russia turned to China for help with its economy." => [];
        "Iran turned to Russia as a key buyer of drones." => [];
        "Hungary relies on Russian gas." => [];
    }
}

#[test]
fn hosts_of_foreign_forces_and_forces_on_someones_soil() {
    cases! {
        "Poland hosts thousands of American troops." => ["United States -deploys-> Poland"];
        "Belarus hosts Russian tactical nuclear weapons." => ["Russia -deploys-> Belarus"];
        "Japan is home to some 54,000 US troops." => ["United States -deploys-> Japan"];
        "US troops stationed in Syria came under attack." => ["United States -deploys-> Syria"];
        // hosting talks or refugees, or a border, is no deployment
        "Qatar hosted talks between Hamas and Israel." => [];
        "Turkey hosts Syrian refugees." => [];
        "Russia deployed troops on its border with Finland." => ["Russia -deploys-> -"];
        // a territory is no actor: drones sent into it are not supplied to it
        "Ukraine sent drones into Russian territory." => ["Ukraine -supplies-> -"];
    }
}

#[test]
fn asset_freezes_and_export_controls_are_sanctions_tariffs_are_not() {
    cases! {
        "The US imposed export controls on Chinese chipmakers." => ["United States -sanctions-> China"];
        "Britain announced an asset freeze against Iranian banks." => ["United Kingdom -sanctions-> Iran"];
        "The EU imposed tariffs on Chinese electric vehicles." => [];
        "The US lifted export controls on India." => [];
        // curbs, punitive measures: the press's names for the same
        "Tokyo slapped export curbs on 20 Russian entities." => ["Japan -sanctions-> Russia"];
        "Ottawa announced import curbs on Russian steel." => ["Canada -sanctions-> Russia"];
        "The EU imposed punitive measures on Belarus." => ["European Union -sanctions-> Belarus"];
        "India imposed curbs on rice exports." => [];
    }
}

#[test]
fn sanctions_in_retaliation() {
    cases! {
        "Russia retaliated with sanctions against US officials." => ["Russia -sanctions-> United States"];
        "China hit back with sanctions on US defense firms." => ["China -sanctions-> United States"];
        // retaliation by other means, or sanctions without a target
        "Iran responded with missile strikes on Israel." => [];
        "Moscow responded with counter-sanctions." => [];
    }
}

#[test]
fn a_demonym_right_before_the_items_is_their_maker_not_a_recipient() {
    cases! {
        "Russia sent Iranian drones to Syria." => ["Russia -supplies-> Syria"];
        "Belarus transferred Soviet-era tanks and Russian howitzers to Serbia." => ["Belarus -supplies-> Serbia"];
        "Turkey shipped American-made howitzers to Libya." => ["Turkey -supplies-> Libya"];
        "Washington sent U.S.-made F-16s to Ukraine." => ["United States -supplies-> Ukraine"];
        // a name, or a demonym with a head, before the items is the recipient
        "Russia sent Iran drones." => ["Russia -supplies-> Iran"];
        "Russia sent the Ukrainian army tanks." => ["Russia -supplies-> Ukraine"];
        "Iran sent Russia Iranian-made drones." => ["Iran -supplies-> Russia"];
        // and with no recipient named, none is invented
        "Hungary sold Russian helicopters." => ["Hungary -supplies-> -"];
    }
}

#[test]
fn a_body_that_voted_to_act_acted() {
    cases! {
        "The Security Council voted unanimously to impose an arms embargo on Libya." => ["United Nations -sanctions-> Libya"];
        "The UN Security Council voted to extend sanctions on South Sudan." => ["United Nations -sanctions-> South Sudan"];
        // a vote against, or a vote yet to come, is no sanction
        "Lawmakers voted to block sanctions on Russia." => [];
        "The Security Council will vote on whether to impose sanctions on Mali." => [];
    }
}

#[test]
fn sanctions_on_a_countrys_oil_gas_or_sector_hit_the_country() {
    cases! {
        "The EU imposed sanctions on Russian oil." => ["European Union -sanctions-> Russia"];
        "The European Union's new sanctions package targets Russian liquefied natural gas." => ["European Union -sanctions-> Russia"];
        "Washington sanctioned Venezuelan gold." => ["United States -sanctions-> Venezuela"];
        "Britain imposed sanctions on Iran's banking sector." => ["United Kingdom -sanctions-> Iran"];
        // trade in them is no sanction, nor a supply of arms
        "India bought Russian oil at a discount." => [];
        "Iran shipped drones to Russia in exchange for Russian gold." => ["Iran -supplies-> Russia"];
    }
}

#[test]
fn units_are_forces_deployed() {
    cases! {
        "NATO deployed additional battlegroups to Romania." => ["NATO -deploys-> Romania"];
        "Russia sent two battalions to Belarus." => ["Russia -deploys-> Belarus"];
        "The Pentagon stationed an armored brigade in Poland." => ["United States -deploys-> Poland"];
        // a unit named as an actor's part, or fighting, is no deployment
        "The Azov Brigade fought in Mariupol." => [];
        "Ukraine's 47th Brigade held the line near Avdiivka." => [];
    }
}

#[test]
fn the_actor_after_a_possessive_is_the_one_meant() {
    cases! {
        "The US sanctioned Iran's Revolutionary Guards." => ["United States -sanctions-> Islamic Revolutionary Guard Corps"];
        "The EU added Iran's Revolutionary Guards to its sanctions list." => ["European Union -sanctions-> Islamic Revolutionary Guard Corps"];
        // a head after the possessive still makes the owner the actor
        "The US sanctioned Iran's military." => ["United States -sanctions-> Iran"];
        "Britain sanctioned Russia's Defence Ministry." => ["United Kingdom -sanctions-> Russia"];
    }
}

#[test]
fn collectives_and_adjectives_before_a_target_are_passed_over() {
    cases! {
        "The Treasury Department sanctioned a network of Chinese companies." => ["United States -sanctions-> China"];
        "Britain sanctioned a group of Iranian officials." => ["United Kingdom -sanctions-> Iran"];
        "Washington imposed sweeping financial sanctions on Russia." => ["United States -sanctions-> Russia"];
        "The EU's latest sanctions against Belarus took effect." => ["European Union -sanctions-> Belarus"];
        "The US imposed sanctions on more than a dozen entities in China." => ["United States -sanctions-> China"];
        "The EU sanctioned companies based in Iran." => ["European Union -sanctions-> Iran"];
        // Several kinds of firms, and people, named by their home.
        "The US sanctioned 20 individuals in China." => ["United States -sanctions-> China"];
        "The US on Tuesday imposed sanctions on more than 20 individuals and companies in China and Hong Kong." => ["United States -sanctions-> China", "United States -sanctions-> Hong Kong"];
        "Britain sanctioned firms, banks and individuals based in Turkey." => ["United Kingdom -sanctions-> Turkey"];
        // still no target where none is named
        "Britain sanctioned a network of smugglers." => [];
    }
}

#[test]
fn forces_kept_based_or_operating_in_a_country() {
    cases! {
        "The US maintains about 900 troops in Syria." => ["United States -deploys-> Syria"];
        "Turkey maintains thousands of soldiers in northern Iraq." => ["Turkey -deploys-> Iraq"];
        // a hyphenated entry of the rules file ("north-eastern") matches the text it spells
        "France keeps 1,000 soldiers in north-eastern Chad." => ["France -deploys-> Chad"];
        "Russia keeps nuclear weapons in Belarus." => ["Russia -deploys-> Belarus"];
        "US troops based in Germany will be cut." => ["United States -deploys-> Germany"];
        "US special forces are operating inside Yemen." => ["United States -deploys-> Yemen"];
        // on or along a border is not in the country; a reserve or a company is no deployment
        "Russia had 190,000 troops on Ukraine's border." => [];
        "Germany kept Leopard tanks in reserve." => [];
        "Chinese companies operating in Russia were sanctioned." => [];
    }
}

#[test]
fn relative_clauses_about_a_subject_or_the_items() {
    cases! {
        "The drones, which Iran has supplied to Russia since 2022, are now made in Tatarstan." => ["Iran -supplies-> Russia"];
        "The missiles that Iran sent to Russia were used against Kyiv." => ["Iran -supplies-> Russia"];
        "Ukraine, which has received F-16s from Denmark, wants more jets." => ["Denmark -supplies-> Ukraine"];
        "The US, which imposed sanctions on Iran in 2018, has now sanctioned China." => ["United States -sanctions-> Iran", "United States -sanctions-> China"];
        "Germany, France and Italy have all provided air defence systems to Ukraine." => ["Germany -supplies-> Ukraine", "France -supplies-> Ukraine", "Italy -supplies-> Ukraine"];
        "The EU sanctioned Chinese companies that supply drone parts to Moscow." => ["European Union -sanctions-> China", "China -supplies-> Russia"];
        "North Korean soldiers who fought for Russia were captured." => ["North Korea -deploys-> Russia"];
        // the clause's own cue still counts, and a clause about the target is not the subject's
        "The tanks, which Germany refused to send to Ukraine, stayed in depots." => [];
        "Iran denies that it sent drones to Russia." => [];
        "Germany sent tanks to Poland, which sent its old ones to the front." => ["Germany -supplies-> Poland"];
    }
}

#[test]
fn a_time_or_place_after_the_items_ends_their_list() {
    let got = items("Russia, which has been supplying Syria with arms for decades, withdrew some S-300 batteries last year.");
    assert_eq!(got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["arms"]);
    let got = items("Iran has sent drones in 2022 and missiles since then to Russia.");
    assert_eq!(got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(), ["drones"]);
    // quantities are no time or place: "at least", "over" keep the list going
    let got = items(
        "North Korea supplied over 11,000 troops, at least 100 ballistic missiles and shells.",
    );
    assert_eq!(
        got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        ["troops", "ballistic missiles", "artillery shells"]
    );
}

#[test]
fn chinese_export_systems_are_weapons() {
    cases! {
        "Serbia bought Chinese FK-3 air defence systems in 2022." => ["China -supplies-> Serbia"];
        "Pakistan received JF-17 jets from China." => ["China -supplies-> Pakistan"];
        "Thailand bought VT-4 tanks from China." => ["China -supplies-> Thailand"];
    }
}

/// Systems widely sold abroad are named items under their canonical names; bare names that are
/// everyday words or other things ("Tiger", "RBS" the bank) are not.
#[test]
fn widely_exported_systems_are_named_items() {
    let cases = [
        ("Qatar bought NH90 helicopters from Italy.", vec!["NH90"]),
        ("Greece ordered FREMM frigates from Italy.", vec!["FREMM frigate"]),
        ("Pakistan received Type 054A frigates from China.", vec!["Type 054A frigate"]),
        ("Argentina bought Exocet missiles from France.", vec!["Exocet"]),
        ("India sold Akash missiles to Armenia.", vec!["Akash missile"]),
        ("Egypt bought Gowind corvettes from France.", vec!["Gowind corvette"]),
        ("Morocco received two Tiger helicopters from Spain.", vec!["Eurocopter Tiger"]),
        // a variant's letter names the same system
        ("Sweden sold UH-60M helicopters to Brazil.", vec!["UH-60 Black Hawk"]),
        ("Latvia ordered four UH-60Ms from the US.", vec!["UH-60 Black Hawk"]),
        // an armoured vehicle named by its family and "vehicles", where the bare family name
        // is also a common word (a piranha) or a maker (Patria)
        ("Denmark sent Piranha vehicles to Ukraine.", vec!["Mowag Piranha"]),
        ("Finland sent Patria vehicles to Ukraine.", vec!["Patria AMV"]),
        ("Italy sent Centauro vehicles to Ukraine.", vec!["B1 Centauro"]),
        ("Canada sent 39 LAV III vehicles to Ukraine.", vec!["LAV light armoured vehicle"]),
        // artillery named by its model, with or without "howitzers"
        ("Greece sent M110 howitzers to Peru.", vec!["M110 howitzer"]),
        ("Chile bought L119 light guns from Britain.", vec!["L118 light gun"]),
        ("Italy supplied FH70 howitzers to Chad.", vec!["FH70"]),
        ("Slovakia sold DANA howitzers to Kenya.", vec!["DANA howitzer"]),
        ("Israel sold ATMOS howitzers to Chad.", vec!["ATMOS 2000"]),
        ("Serbia sold Nora B-52 howitzers to Cyprus.", vec!["Nora B-52"]),
        ("Turkey sold T-155 Firtina howitzers to Qatar.", vec!["T-155 Firtina"]),
        ("China sold PLZ-05 howitzers to Peru.", vec!["PLZ-05"]),
        // everyday words and other names are no weapons
        ("Spain sent a Tiger to Peru.", vec![]),
        ("Dana sent a letter to Peru.", vec![]),
        ("Norway sent RBS 15 years ago to Chile.", vec![]),
    ];
    for (text, want) in cases {
        assert_eq!(item_names(text), want, "sentence: {text}");
    }
}

#[test]
fn weapons_followed_by_a_verb_describe_no_organisation() {
    cases! {
        "Serbia's purchase of Chinese drones worried NATO." => ["China -supplies-> Serbia"];
        "Peru's purchase of Israeli rifles alarmed Hezbollah." => ["Israel -supplies-> Peru"];
        // a weapon that names a maker's trade still describes it
        "Chinese drone maker DJI sold drones to Russia." => ["DJI -supplies-> Russia"];
    }
}

#[test]
fn ships_arriving_under_their_flag_are_deployed() {
    cases! {
        "Russian warships arrived in Havana on Wednesday for a port call." => ["Russia -deploys-> Cuba"];
        "A French aircraft carrier arrived in India." => ["France -deploys-> India"];
        // a delivery names its supplier after "from"; other arms arriving stay supplies
        "Two FREMM frigates arrived in Egypt from Italy." => ["Italy -supplies-> Egypt"];
        "Iranian drones arrived in Senegal." => ["Iran -supplies-> Senegal"];
        // a maker is never the one deploying: the ship it built arrived as a delivery
        "The first Italian-built frigate arrived in Egypt." => ["Italy -supplies-> Egypt"];
    }
}

#[test]
fn ships_docking_or_calling_at_a_port_are_deployed() {
    cases! {
        "Chinese naval vessels docked in Cambodia's Ream base." => ["China -deploys-> Cambodia"];
        "Two Russian warships docked at the port of Havana on Wednesday." => ["Russia -deploys-> Cuba"];
        "Indian frigates made a port call in Vietnam last week." => ["India -deploys-> Vietnam"];
        "A British aircraft carrier paid a port visit to Japan." => ["United Kingdom -deploys-> Japan"];
        // only ships dock: drones or a ship with no flag named give nothing
        "Iranian drones docked in Venezuela." => [];
        "The frigate docked in Greece after its delivery to Egypt." => [];
        // the call is read by its noun: "paid" and "made" stay out of the rules' verbs, which
        // would end the search for the subject of "shipped"
        "Russia paid Iran for drones that were shipped to Moscow." => ["Iran -supplies-> Russia"];
    }
    holds_with_modality! {
        "Russia denied that its warships had docked in Sudan." => "Russia -deploys-> Sudan", Modality::Negated;
    }
}

#[test]
fn taking_part_in_an_exercise_abroad_is_a_deployment() {
    cases! {
        "Chinese troops took part in exercises in Belarus." => ["China -deploys-> Belarus"];
        "Russian paratroopers joined drills in Serbia this month." => ["Russia -deploys-> Serbia"];
        "Russian bombers participated in joint exercises in Venezuela." => ["Russia -deploys-> Venezuela"];
        "Chinese warships will take part in naval drills in South Africa." => ["China -deploys-> South Africa"];
        // joining is an exercise only: sanctions joined are no deployment, and an exercise with
        // another side's forces names no place
        "Japan joined sanctions in response to the invasion." => [];
        "Turkish soldiers joined the exercises with Azerbaijani forces." => [];
    }
    holds_with_modality! {
        "Polish troops did not take part in the exercises in Lithuania." => "Poland -deploys-> Lithuania", Modality::Negated;
    }
}

#[test]
fn arrivals_from_a_supplier() {
    cases! {
        "Eight Patriot systems arrived in Ukraine from Germany." => ["Germany -supplies-> Ukraine"];
        "The first Su-35 jets arrived in Iran from Russia last week." => ["Russia -supplies-> Iran"];
        "Tanks arrived from Poland in Ukraine on Monday." => ["Poland -supplies-> Ukraine"];
        // people arriving are no arms, and forces arriving are deployed
        "Refugees arrived in Poland from Ukraine." => [];
        "North Korean troops arrived in Russia from Vladivostok." => ["North Korea -deploys-> Russia"];
    }
}

#[test]
fn each_owner_named_in_the_items_list_supplies_its_own() {
    cases! {
        "Azerbaijan bought Israeli drones and Turkish Bayraktars." => ["Israel -supplies-> Azerbaijan", "Turkey -supplies-> Azerbaijan"];
        "Russia has received Iranian drones and North Korean artillery shells." => ["Iran -supplies-> Russia", "North Korea -supplies-> Russia"];
        "Belarus hosts Russian nuclear weapons and Chinese drones." => ["Russia -deploys-> Belarus", "China -deploys-> Belarus"];
        // a subject that sends them is their supplier whoever made them
        "Russia sent Iranian drones and North Korean shells to Syria." => ["Russia -supplies-> Syria"];
    }
    let got = items("Azerbaijan bought Israeli drones and Turkish Bayraktars.");
    assert_eq!(
        got.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>(),
        ["drones", "Bayraktar TB2"]
    );
}

#[test]
fn a_subject_that_confirms_or_admits_its_own_act() {
    cases! {
        "Iran admitted it had supplied drones to Russia." => ["Iran -supplies-> Russia"];
        "Russia confirmed it had deployed troops to Belarus." => ["Russia -deploys-> Belarus"];
        "North Korea acknowledged sending troops to Russia." => ["North Korea -deploys-> Russia"];
        // a denial stays one, and someone else's claim is the claim's
        "North Korea claimed it had never sent troops to Russia." => [];
        "The US confirmed Iran sent drones to Russia." => ["Iran -supplies-> Russia"];
    }
}

#[test]
fn a_negated_ending_leaves_the_action_going_on() {
    cases! {
        "The US will not lift sanctions on Iran." => ["United States -sanctions-> Iran"];
        "Germany did not stop supplying tanks to Ukraine." => ["Germany -supplies-> Ukraine"];
        "The EU has not ended its sanctions against Belarus." => ["European Union -sanctions-> Belarus"];
        // one negation, or a negation of the act itself, stays negated
        "Washington lifted sanctions on Syria." => [];
        "The US did not impose sanctions on India." => [];
        "China denied supplying weapons to Russia." => [];
    }
    assert_eq!(modality("Washington lifted sanctions on Syria."), [Modality::Negated]);
}

#[test]
fn an_ending_that_is_only_possible_leaves_the_action_hedged() {
    modal_cases! {
        "Italy might suspend arms sales to Egypt." => "Italy -supplies-> Egypt", Modality::Hedged;
        "Canada threatened to halt weapons exports to Israel." => "Canada -supplies-> Israel", Modality::Hedged;
        "The EU could soon lift sanctions on Syria." => "European Union -sanctions-> Syria", Modality::Hedged;
        "Spain is considering halting arms sales to Israel." => "Spain -supplies-> Israel", Modality::Hedged;
        // an ending said to come is one; a hedge that governs another verb governs no ending
        "Italy will suspend arms sales to Egypt." => "Italy -supplies-> Egypt", Modality::Negated;
        "Canada, citing concerns over civilian deaths, halted weapons exports to Israel." => "Canada -supplies-> Israel", Modality::Negated;
    }
}

#[test]
fn a_group_named_by_its_members_acts_through_them() {
    cases! {
        "Several European countries, including the Netherlands and Denmark, have delivered F-16 fighter jets to Ukraine." => ["Netherlands -supplies-> Ukraine", "Denmark -supplies-> Ukraine"];
        "Western allies, such as Germany and France, sent Leopard tanks to Kyiv." => ["Germany -supplies-> Ukraine", "France -supplies-> Ukraine"];
        "NATO members, including Poland, sent tanks to Ukraine." => ["Poland -supplies-> Ukraine"];
        "Several countries, including Russia, have sanctioned the United States." => ["Russia -sanctions-> United States"];
        // a group that is an actor itself stays the subject; a negation stays one; members
        // named in a later clause, or of a group that is no subject, act for nobody
        "The EU, including Germany, imposed sanctions on Russia." => ["European Union -sanctions-> Russia"];
        "Several countries, including Russia, have not sanctioned Iran." => [];
        "Many observers, including officials in Kyiv, said Iran sent drones to Russia." => ["Iran -supplies-> Russia"];
        "After a summit with several countries, including Iran, Russia sent drones to Syria." => ["Russia -supplies-> Syria"];
    }
}

#[test]
fn a_gerund_after_by_is_the_subjects_act_where_nobody_else_could_do_it() {
    cases! {
        "North Korea violated UN sanctions by selling artillery shells to Russia." => ["North Korea -supplies-> Russia"];
        "Russia retaliated by deploying troops to Belarus." => ["Russia -deploys-> Belarus"];
        "Washington responded by sanctioning Iran." => ["United States -sanctions-> Iran"];
        "Pyongyang has evaded sanctions by secretly shipping missiles to Iran." => ["North Korea -supplies-> Iran"];
        // the gerund belongs to an embedded verb whose subject is someone else, or to a report
        // (helping a side by sending is its own rule: the helper supplies the helped)
        "The US said China was helping Russia by supplying drone components." => ["China -supplies-> Russia"];
        "Germany criticised Iran for fuelling the war by sending drones to Russia." => [];
        "Russia accused the US of prolonging the war by arming Ukraine." => [];
        "Iran helped Russia by sending drones to the front." => ["Iran -supplies-> Russia"];
        "Russia says the West is prolonging the war by arming Ukraine." => [];
        // "for" names the act of the one punished, not the punisher's; a hedge before the
        // gerund reaches it
        "The US punished China for supplying Russia with drone parts." => ["China -supplies-> Russia"];
        "Russia may respond by deploying nuclear weapons to Belarus." => [];
    }
    assert_eq!(
        modality("Russia may respond by deploying nuclear weapons to Belarus."),
        [Modality::Hedged]
    );
}

/// The one penalised "over" or "for" a transfer named as a noun, or as the subject of a passive
/// penalty, is the supplier: sanctions news names the supply only as the reason.
#[test]
fn the_penalised_side_of_a_transfer_is_the_supplier() {
    cases! {
        "Canada sanctioned Serbian officials over rifle shipments to Libya." => ["Canada -sanctions-> Serbia", "Serbia -supplies-> Libya"];
        "Norway fined Chilean firms for their deliveries of howitzers to Peru." => ["Chile -supplies-> Peru"];
        "Pakistani officials were sanctioned over drone exports to Sudan." => ["Pakistan -supplies-> Sudan"];
        "Two Turkish firms were blacklisted for shipping rifles to Libya." => ["Turkey -supplies-> Libya"];
        "Bulgarian traders were penalised for supplying Yemen with mortars." => ["Bulgaria -supplies-> Yemen"];
        // the reason is no transfer, or the penalty's subject is no party to it
        "Canada sanctioned Serbian officials over rifle thefts in Libya." => ["Canada -sanctions-> Serbia"];
        "Serbian officials were criticised over rifle exports to Libya." => [];
        "Chilean firms were not fined for their deliveries of howitzers to Peru." => [];
    }
}

/// The penalised side may follow the penalty as a noun ("sanctions on X over its transfers"), in
/// the active and the passive: the same reading as after the verb.
#[test]
fn the_side_a_penalty_noun_is_imposed_on_for_a_transfer_is_the_supplier() {
    cases! {
        "Norway imposed sanctions on Serbia over its supply of rifles to Libya." => ["Norway -sanctions-> Serbia", "Serbia -supplies-> Libya"];
        "Canada placed sanctions against Chilean traders over their howitzer shipments to Peru." => ["Canada -sanctions-> Chile", "Chile -supplies-> Peru"];
        "Sanctions were imposed on Bulgaria over its deliveries of mortars to Yemen." => ["Bulgaria -supplies-> Yemen"];
        "Spain announced sanctions on Pakistani firms for selling drones to Sudan." => ["Spain -sanctions-> Pakistan", "Pakistan -supplies-> Sudan"];
        "Japan levied sanctions against Turkey for supplying Libya with rifles." => ["Japan -sanctions-> Turkey", "Turkey -supplies-> Libya"];
        // the reason is no transfer, the transfer is someone else's, or the penalty is refused
        "Norway imposed sanctions on Serbia over its treatment of Libya." => ["Norway -sanctions-> Serbia"];
        "Sanctions on Serbia over Chile's rifle exports to Libya were discussed." => ["Chile -supplies-> Libya"];
        "Canada did not impose sanctions on Peru over its mortar sales to Yemen." => [];
    }
}

/// "help" before a verb is passed over like "continue to": the helper is the one who acts.
#[test]
fn a_helping_verb_before_a_transfer_is_passed_over() {
    cases! {
        "Serbia helped ship rifles to Libya." => ["Serbia -supplies-> Libya"];
        "Chile has helped to deliver howitzers to Peru." => ["Chile -supplies-> Peru"];
        "Norway sanctioned Bulgarian traders for helping sell mortars to Yemen." => ["Norway -sanctions-> Bulgaria", "Bulgaria -supplies-> Yemen"];
        "Spain helped deploy troops to Latvia." => ["Spain -deploys-> Latvia"];
        // helping a side to act is not a transfer, and a refusal is no fact
        "Turkey helped Azerbaijan evade sanctions." => [];
        "Chile did not help deliver howitzers to Peru." => [];
    }
}

/// Ships sent to a named place and to no recipient are the sender's own, deployed; sold or sent
/// to a state, they are supplied, and other items sent to a place keep their type.
#[test]
fn ships_sent_to_a_place_and_no_recipient_are_deployed() {
    cases! {
        "Spain sent two frigates to the Gulf of Guinea." => ["Spain -deploys-> -"];
        "Norway is dispatching a destroyer to the North Atlantic." => ["Norway -deploys-> -"];
        "Chile sent frigates and howitzers to the Strait of Magellan." => ["Chile -deploys-> -", "Chile -supplies-> -"];
        "Italy sold two frigates to Indonesia." => ["Italy -supplies-> Indonesia"];
        "Spain sent howitzers to Ceuta." => ["Spain -supplies-> -"];
        // Waters, named or not, are a place too.
        "Spain sent two frigates to the waters near Morocco." => ["Spain -deploys-> -"];
        "Chile dispatched a destroyer into the strait." => ["Chile -deploys-> -"];
        "Greece sent frigates to Cypriot waters." => ["Greece -deploys-> -"];
        "Greece sold frigates to Cyprus." => ["Greece -supplies-> Cyprus"];
    }
}

/// A passive deployment with no side as its destination names the owner of what was deployed,
/// as the active "Spain deployed a frigate to the Black Sea" names the deployer; the side after
/// "by" is the deployer, and what is sent keeps the type it has when sent actively.
#[test]
fn passive_deployments_to_no_side_name_the_owner() {
    cases! {
        "A Spanish frigate has been deployed to the Black Sea." => ["Spain -deploys-> -"];
        "Canadian troops will be deployed along the border." => ["Canada -deploys-> -"];
        "A British destroyer was dispatched to the Red Sea." => ["United Kingdom -deploys-> -"];
        "North Korean troops were sent to the front." => ["North Korea -deploys-> -"];
        "German tanks were deployed by Ukraine near Kursk." => ["Ukraine -deploys-> -"];
        // sent weapons are supplied, as "Germany sent tanks" is
        "German tanks were sent last week." => ["Germany -supplies-> -"];
        // no owner named, or the maker: nobody deploys
        "Two frigates were deployed to the Black Sea." => [];
        "Russian-made S-400 systems were deployed near the coast." => [];
    }
    modal_cases! {
        "Dutch F-35 jets could be deployed to the Baltic region next year." => "Netherlands -deploys-> -", Modality::Hedged;
        "Italian troops were not deployed to the Sahel." => "Italy -deploys-> -", Modality::Negated;
    }
}

/// Forces and units after a side's possessive or demonym are that side where a recipient is
/// expected ("supplied Ukraine's troops with"), and stay the side's own items where they are
/// what was sent.
#[test]
fn forces_and_units_after_a_possessive_or_demonym_stand_for_their_side() {
    cases! {
        "Spain supplied Peru's troops with mortars." => ["Spain -supplies-> Peru"];
        "Norway equipped Chile's marines with howitzers." => ["Norway -supplies-> Chile"];
        "Peru's soldiers received rifles from Spain." => ["Spain -supplies-> Peru"];
        "Norway delivered howitzers to Chilean units." => ["Norway -supplies-> Chile"];
        "Spain supplied Moroccan brigades with mortars." => ["Spain -supplies-> Morocco"];
        "Portugal sold rifles to Angolan pilots." => ["Portugal -supplies-> Angola"];
        // the forces are what was sent
        "Chile's troops were deployed to Peru." => ["Chile -deploys-> Peru"];
        "Morocco sent two battalions to Mali." => ["Morocco -deploys-> Mali"];
        "Moroccan brigades were sent to Mali." => ["Morocco -deploys-> Mali"];
        "Spain trained Moroccan pilots." => [];
    }
}

/// A list of items does not reach back over "on", "against" or "over" to a weapon that belongs
/// to a phrase of its own: what was announced is the sanctions, not the drones after them (the
/// sales are the penalised side's).
#[test]
fn items_do_not_start_before_a_preposition_that_governs_them() {
    cases! {
        "Norway announced sanctions on four Serbian officials over rifle sales to Libya." => ["Norway -sanctions-> Serbia", "Serbia -supplies-> Libya"];
        "Canada approved sanctions against Chilean firms over howitzer exports to Peru." => ["Canada -sanctions-> Chile", "Chile -supplies-> Peru"];
        // the "over" of a count, and "on" after the items, are part of the supply
        "Spain sent over 40 howitzers to Morocco." => ["Spain -supplies-> Morocco"];
        "Spain shipped over a hundred rifles to Morocco on Monday." => ["Spain -supplies-> Morocco"];
    }
}

/// Wire copy's asides and bare weekdays stand between a subject and its verb.
#[test]
fn asides_in_parentheses_and_bare_weekdays_are_passed_over() {
    cases! {
        "The United States on Thursday (Oct 17) sanctioned two Chinese companies." => ["United States -sanctions-> China"];
        "The Treasury's Office of Foreign Assets Control (OFAC) on Wednesday imposed sanctions on Sberbank." => ["United States -sanctions-> Sberbank"];
        "The US Treasury Wednesday imposed sanctions on Sberbank." => ["United States -sanctions-> Sberbank"];
        // an aside with punctuation inside, or a long one, is no filler
        "The United States (which, officials said, acted after months of talks with allies) sanctioned Iran." => [];
        "Russia fired missiles at Kyiv (the capital of Ukraine) on Monday." => [];
    }
    // A cue inside an aside speaks of the aside, not of the claim.
    modal_cases! {
        "Iran (which denies it) sent drones to Russia." => "Iran -supplies-> Russia", Modality::Asserted;
        "Germany (not France) sent Leopard tanks to Ukraine." => "Germany -supplies-> Ukraine", Modality::Asserted;
        "Iran (its officials said) did not send drones to Russia." => "Iran -supplies-> Russia", Modality::Negated;
    }
}

/// What reports only suggest, or what is said not to be proven, is hedged.
#[test]
fn suggested_and_unproven_claims_are_hedged() {
    modal_cases! {
        "Reports suggest that Iran has shipped missiles to Russia." => "Iran -supplies-> Russia", Modality::Hedged;
        "China delivered drones to Russia, a claim that remains unproven." => "China -supplies-> Russia", Modality::Hedged;
        "Officials said China had started delivering weapons to Russia - a claim that has not been proven so far." => "China -supplies-> Russia", Modality::Hedged;
        "Officials proved that Iran has shipped missiles to Russia." => "Iran -supplies-> Russia", Modality::Asserted;
    }
}

/// A suspicion is read as an accusation is, and hedged: "suspect X of supplying".
#[test]
fn a_suspected_supply_is_hedged() {
    modal_cases! {
        "US officials suspect Belarus of supplying Russia with artillery shells." => "Belarus -supplies-> Russia", Modality::Hedged;
        "Kyiv suspects Tehran of sending missiles to Moscow." => "Iran -supplies-> Russia", Modality::Hedged;
        "Serbia is suspected of selling rockets to Ukraine." => "Serbia -supplies-> Ukraine", Modality::Hedged;
        "Seoul voiced suspicions that Pyongyang shipped rockets to Russia." => "North Korea -supplies-> Russia", Modality::Hedged;
    }
}

/// A cue before "after" or "because" stays in its own clause: the act the clause reports is a
/// fact. Cues after a claim, and cues inside the opened clause, still count.
#[test]
fn a_cue_does_not_reach_into_a_clause_opened_after_it() {
    modal_cases! {
        "The UK could impose sanctions after China supplied drones to Russia." => "China -supplies-> Russia", Modality::Asserted;
        "The EU may act because Belarus sent troops to Russia." => "Belarus -deploys-> Russia", Modality::Asserted;
        "Washington will not lift sanctions because Iran has shipped missiles to Russia." => "Iran -supplies-> Russia", Modality::Asserted;
        // the cue in its own clause
        "Iran has not sent missiles to Russia because it fears sanctions." => "Iran -supplies-> Russia", Modality::Negated;
        "The EU acted after Serbia may have sold rockets to Ukraine." => "Serbia -supplies-> Ukraine", Modality::Hedged;
        // cues after the claim reach past a preposition "after"
        "Russia sent 40 drones to Kyiv after midnight in an overnight attack." => "Russia -supplies-> Ukraine", Modality::Negated;
    }
}

/// An adverb that does not end in -ly between the modal and the verb: "could soon deliver".
#[test]
fn soon_is_passed_over() {
    modal_cases! {
        "Officials warned that Iran could soon deliver missiles to Russia." => "Iran -supplies-> Russia", Modality::Hedged;
        "Germany will soon send more tanks to Ukraine." => "Germany -supplies-> Ukraine", Modality::Asserted;
    }
}

#[test]
fn munitions_fired_at_a_target_are_no_supply() {
    // an attack cue in the claim's clause, before it, after it or inside it
    modal_cases! {
        "Moscow sent dozens of drones to Kyiv in an overnight attack." => "Russia -supplies-> Ukraine", Modality::Negated;
        "In a massive attack, Russia sent 90 drones to Kyiv." => "Russia -supplies-> Ukraine", Modality::Negated;
        "Russia sent a swarm of drones into Poland, prompting NATO to scramble jets." => "Russia -supplies-> Poland", Modality::Negated;
        "Russia sent a barrage of missiles to Kyiv on Monday." => "Russia -supplies-> Ukraine", Modality::Negated;
    }
    // forces sent in an attack are still deployed
    modal_cases! {
        "Russia sent troops into Ukraine overnight." => "Russia -deploys-> Ukraine", Modality::Asserted;
    }
    // weapons named for attacking, or a supply for the recipient to strike with, are supplies;
    // a cue past the end of the claim's clause does not reach it
    modal_cases! {
        "Iran supplied Shahed attack drones to Russia." => "Iran -supplies-> Russia", Modality::Asserted;
        "The United States sent ATACMS missiles to Ukraine to strike targets in Crimea." => "United States -supplies-> Ukraine", Modality::Asserted;
        "Germany sent IRIS-T systems to Ukraine, but Russia still fired a barrage of missiles at Kyiv." => "Germany -supplies-> Ukraine", Modality::Asserted;
        "Britain sent air defence systems to Poland after the attack on the border." => "United Kingdom -supplies-> Poland", Modality::Asserted;
    }
    // what the recipient later did with the items is no attack by the supplier: the cues after a
    // verb of using are the user's; one before it still counts
    modal_cases! {
        "Shells that Pakistan shipped to Azerbaijan were used in strikes on the border." => "Pakistan -supplies-> Azerbaijan", Modality::Asserted;
        "Belarus sent rockets to Syria, which fired them in an overnight attack." => "Belarus -supplies-> Syria", Modality::Asserted;
        "Iran delivered missiles to the Houthis, who have used them in attacks on ships." => "Iran -supplies-> Houthis", Modality::Asserted;
        "In a massive attack, Russia sent drones to Kyiv and used missiles too." => "Russia -supplies-> Ukraine", Modality::Negated;
    }
    // munitions aimed at a name right after them were fired at it; "at" with no name after it,
    // or one that owns what follows, aims at nothing, and "at least" still counts items
    modal_cases! {
        "Russia sent 40 drones at Kharkiv on Tuesday." => "Russia -supplies-> -", Modality::Negated;
        "Moscow sent missiles toward Lviv overnight." => "Russia -supplies-> -", Modality::Negated;
        "Russia sent cruise missiles against Ukrainian cities." => "Russia -supplies-> -", Modality::Negated;
        "Russia sent drones at the Ukrainian capital." => "Russia -supplies-> -", Modality::Negated;
        "Belarus sold 12 MiG-29 jets at a discount." => "Belarus -supplies-> -", Modality::Asserted;
        "Iran sent drones at Russia's request." => "Iran -supplies-> -", Modality::Asserted;
        "Iran sent drones at the request of Moscow." => "Iran -supplies-> -", Modality::Asserted;
        "Russia sent troops toward the border." => "Russia -deploys-> -", Modality::Asserted;
    }
    assert_eq!(
        item_names("Syria sent 50 tanks, at least 100 drones and 20 howitzers."),
        ["tanks", "drones", "howitzers"]
    );
}

#[test]
fn a_cue_does_not_reach_past_a_conjunction_that_starts_a_new_action() {
    // "and started", "and instead", "and now", "and later": the cue was the first action's
    modal_cases! {
        "Lithuania suspended all cooperation with Moscow and started to deploy troops to Latvia." => "Lithuania -deploys-> Latvia", Modality::Asserted;
        "Iran denied the reports and later shipped drones to Russia." => "Iran -supplies-> Russia", Modality::Asserted;
        "Turkey stopped buying Russian gas and began to supply Ukraine with Bayraktar drones." => "Turkey -supplies-> Ukraine", Modality::Asserted;
    }
    assert_eq!(
        with_modality("Hungary refused to sanction Russia and instead sent troops to Belarus."),
        owned(&[
            ("Hungary -sanctions-> Russia", Modality::Negated),
            ("Hungary -deploys-> Belarus", Modality::Asserted)
        ])
    );
    // a cue the second action repeats, or a verb sharing the first's auxiliary, is still negated
    modal_cases! {
        "Germany has not sent and will not send Taurus missiles to Ukraine." => "Germany -supplies-> Ukraine", Modality::Negated;
        "Israel did not sell or deliver Patriot systems to Ukraine." => "Israel -supplies-> Ukraine", Modality::Negated;
    }
}

#[test]
fn a_verb_cue_with_its_own_object_does_not_reach_a_finite_verb_after_and() {
    // the cue is a verb with an object of its own; the verb after "and" is finite: a new predicate
    holds_with_modality! {
        "The EU lifted sanctions on Belarus and imposed new sanctions on Russia." => "European Union -sanctions-> Russia", Modality::Asserted;
        "Washington paused aid to Kyiv and sent more troops to Poland." => "United States -deploys-> Poland", Modality::Asserted;
        "China halted drone exports to Ukraine and supplies Russia with drones." => "China -supplies-> Russia", Modality::Asserted;
        "Moscow threatened to deploy troops to Belarus and shipped missiles to Iran." => "Russia -supplies-> Iran", Modality::Asserted;
        // an object that is a noun phrase, not a side or an item; the words inside it (the
        // hedge "any", the "not" of an urging) are the first predicate's too
        "Minsk denied the claims and has also supplied rifles to Moscow." => "Belarus -supplies-> Russia", Modality::Asserted;
        "Beijing rejected any criticism and delivered howitzers to Serbia." => "China -supplies-> Serbia", Modality::Asserted;
        "Paris urged Turkey not to export drones and sent Rafale jets to Greece." => "France -supplies-> Greece", Modality::Asserted;
    }
    // nor the infinitive of a finite verb after "and": the predicate is that verb's
    modal_cases! {
        "Spain lifted its restrictions and decided to ship tanks to Chile." => "Spain -supplies-> Chile", Modality::Asserted;
        "Norway halted exports and plans to ship rifles to Chad." => "Norway -supplies-> Chad", Modality::Hedged;
    }
    // a base form or gerund shares the cue; an adverb or auxiliary reaches both verbs; a clause
    // opened after the cue ("denied that …") holds both
    holds_with_modality! {
        "North Korea denied sending troops to Russia and supplying weapons to Moscow." => "North Korea -supplies-> Russia", Modality::Negated;
        "Germany refused to sell tanks to Turkey and deliver howitzers to Greece." => "Germany -supplies-> Greece", Modality::Negated;
        "Iran has not sold drones to Russia and shipped missiles to Syria." => "Iran -supplies-> Syria", Modality::Negated;
        "Pyongyang denied that North Korea sold shells to Russia and shipped rockets to Iran." => "North Korea -supplies-> Iran", Modality::Negated;
        "Iran may sell drones to Russia and ships missiles to Syria." => "Iran -supplies-> Syria", Modality::Hedged;
    }
    // the first predicate keeps its own cue
    assert_eq!(
        with_modality("Tokyo suspended arms exports to Myanmar and delivered howitzers to Manila."),
        owned(&[
            ("Japan -supplies-> Myanmar", Modality::Negated),
            ("Japan -supplies-> Philippines", Modality::Asserted)
        ])
    );
}

#[test]
fn a_cue_whose_object_is_a_clause_reaches_the_verb_after_and() {
    // "denied it had sent …": the clause the cue governs, without a "that", goes on after the
    // "and"; no reading of the second verb escapes the denial
    assert_eq!(
        with_modality("Belarus denied it had sent troops and supplied rifles to Serbia."),
        owned(&[
            ("Belarus -deploys-> Serbia", Modality::Negated),
            ("Belarus -supplies-> Serbia", Modality::Negated)
        ])
    );
    holds_with_modality! {
        "Cuba denied Havana had shipped rifles to Venezuela and delivered mortars to Nicaragua." => "Cuba -supplies-> Nicaragua", Modality::Negated;
        "Minsk rejected claims it sold howitzers to Serbia and supplied tanks to Sudan." => "Belarus -supplies-> Sudan", Modality::Negated;
        "Beijing denied China sold drones to Russia and shipped shells to Iran." => "China -supplies-> Iran", Modality::Negated;
    }
    // a noun phrase object that merely looks like a verb ("sanctions") is no clause
    holds_with_modality! {
        "Ankara lifted sanctions on Syria and shipped drones to Libya." => "Turkey -supplies-> Libya", Modality::Asserted;
    }
}

#[test]
fn a_pronoun_subject_after_that_is_the_subject_a_second_verb_shares() {
    // the second verb's subject is the pronoun's, the first clause's subject; the actor the
    // first verb named as its recipient is no subject
    assert_eq!(
        with_modality(
            "Cuba denied that it shipped rifles to Venezuela and sold mortars to Nicaragua."
        ),
        owned(&[
            ("Cuba -supplies-> Venezuela", Modality::Negated),
            ("Cuba -supplies-> Nicaragua", Modality::Negated)
        ])
    );
    cases! {
        "Belarus said that they delivered tanks to Serbia and shipped rifles to Sudan." => ["Belarus -supplies-> Serbia", "Belarus -supplies-> Sudan"];
        // no antecedent in the sentence: the shipper is unknown, not the first recipient
        "Officials said that it sold drones to Armenia and shipped howitzers to Sudan." => [];
    }
    // a subject named by name in the clause is still the subject
    cases! {
        "Washington said that Cuba shipped rifles to Venezuela and sold mortars to Nicaragua." => ["Cuba -supplies-> Venezuela", "Cuba -supplies-> Nicaragua"];
    }
}

#[test]
fn a_pronoun_after_a_claim_noun_stands_for_the_subject() {
    // "claims it sold": the claim is about the subject, denied with it
    holds_with_modality! {
        "Minsk rejected claims it sold howitzers to Serbia and supplied tanks to Sudan." => "Belarus -supplies-> Serbia", Modality::Negated;
        "Ankara dismissed reports they shipped drones to Libya." => "Turkey -supplies-> Libya", Modality::Negated;
        "Cuba denied accusations it delivered rifles to Venezuela." => "Cuba -supplies-> Venezuela", Modality::Negated;
    }
}

#[test]
fn a_finite_verb_inside_a_list_gaps_only_a_finite_verb_before_it() {
    // both verbs finite: the destination after the second is the first's too
    cases! {
        "Cuba sent troops and supplied rifles to Venezuela." => ["Cuba -deploys-> Venezuela", "Cuba -supplies-> Venezuela"];
    }
    // after an infinitive, the finite verb is the subject's own predicate, with its own items
    let urged = "Paris urged Ankara not to send drones and shipped howitzers to Athens.";
    assert_eq!(
        with_modality(urged),
        owned(&[
            ("Turkey -supplies-> -", Modality::Negated),
            ("France -supplies-> Greece", Modality::Asserted)
        ])
    );
    assert_eq!(item_names(urged), ["drones", "howitzers"]);
    // after a ditransitive's pair, the second verb does not share its recipient
    cases! {
        "Cuba sent Venezuela troops and supplied rifles to Nicaragua." => ["Cuba -deploys-> Venezuela", "Cuba -supplies-> Nicaragua"];
    }
}

#[test]
fn thanks_for_a_delivery_name_the_supplier() {
    // the one thanked sent the items to the one thanking, unless the text says where they went
    cases! {
        "Armenia thanked France for delivering Caesar howitzers." => ["France -supplies-> Armenia"];
        "Poland thanks South Korea for the K9 howitzers." => ["South Korea -supplies-> Poland"];
        "Estonia thanked Finland for sending troops to Latvia." => ["Finland -deploys-> Latvia"];
        "Armenia thanked France for its support." => [];
        "Brazil thanked China for the talks." => [];
    }
}

#[test]
fn a_recipient_armed_by_its_supplier_without_items() {
    cases! {
        "The Houthis are armed by Iran." => ["Iran -supplies-> Houthis"];
        "Armenia has been armed by Russia for decades." => ["Russia -supplies-> Armenia"];
        "Armenia was praised by Russia." => [];
        // the same as an aside
        "Hamas, armed by Tehran, attacked Israel." => ["Iran -supplies-> Hamas"];
        "Armenia, praised by Russia, signed the deal." => [];
    }
}

#[test]
fn what_is_sent_to_a_leader_goes_to_the_state_a_sanction_names_the_person() {
    // a head of state receives for the state, as a source acts for it
    cases! {
        "Iran shipped missiles to Erdogan." => ["Iran -supplies-> Turkey"];
        "China sold drones to Lula." => ["China -supplies-> Brazil"];
        "Britain sent troops to Scholz." => ["United Kingdom -deploys-> Germany"];
        "Canada sanctioned Erdogan." => ["Canada -sanctions-> Recep Tayyip Erdogan"];
    }
}

#[test]
fn the_subject_of_a_to_infinitive() {
    // A headline's "X to do": X acts, as in "X is to do".
    modal_cases! {
        "Canada to send more NASAMS launchers to Ukraine." => "Canada -supplies-> Ukraine", Modality::Asserted;
        "France to impose new sanctions on Syria over chemical attacks." => "France -sanctions-> Syria", Modality::Asserted;
        "Sweden to receive Patriot missiles from Germany." => "Germany -supplies-> Sweden", Modality::Asserted;
        "Belarus not to host Russian troops near the border, Minsk says." => "Russia -deploys-> Belarus", Modality::Negated;
    }
    // After a word that makes the actor the subject of what follows, whose cue still counts.
    modal_cases! {
        "Minsk allowed Moscow to station tactical nuclear weapons in Belarus." => "Russia -deploys-> Belarus", Modality::Asserted;
        "Kyiv pressed Norway to deliver more NASAMS to Ukraine." => "Norway -supplies-> Ukraine", Modality::Hedged;
        "Washington wants Tokyo to ship artillery shells to Poland." => "Japan -supplies-> Poland", Modality::Hedged;
        "Lima has been pleading with Madrid to deliver howitzers to Bolivia." => "Spain -supplies-> Bolivia", Modality::Hedged;
        "Chad appealed to Niger to deploy troops to Mali." => "Niger -deploys-> Mali", Modality::Hedged;
        "Belgium lobbied the Norwegian government to sanction Serbia." => "Norway -sanctions-> Serbia", Modality::Hedged;
        "Peru begged Chile to send tanks to Bolivia." => "Chile -supplies-> Bolivia", Modality::Hedged;
    }
    // An appeal to a court asks no side to act.
    modal_cases! {
        "Norway appealed to the court over its sanctions on Serbia." => "Norway -sanctions-> Serbia", Modality::Asserted;
    }
    // A stance made clear is the subject's own.
    modal_cases! {
        "Spain made it clear that it would not send tanks to Peru." => "Spain -supplies-> Peru", Modality::Negated;
        "Norway has made clear it will not deploy troops to Chad." => "Norway -deploys-> Chad", Modality::Negated;
    }
    // So is a stance announced or signalled with "that" left out.
    modal_cases! {
        "Oslo announced it would station howitzers in Estonia." => "Norway -deploys-> Estonia", Modality::Hedged;
        "Belgium signalled it was ready to ship rifles to Chad." => "Belgium -supplies-> Chad", Modality::Hedged;
        "Chile indicated it would deploy troops to Bolivia." => "Chile -deploys-> Bolivia", Modality::Hedged;
        "Serbia declared it had never sold rifles to Mali." => "Serbia -supplies-> Mali", Modality::Negated;
    }
    // An adverb or the prefix of a hyphenated verb may stand between "to" and the verb.
    modal_cases! {
        "Minsk allowed Moscow to permanently station nuclear bombs in Belarus." => "Russia -deploys-> Belarus", Modality::Asserted;
        "Rome pressed Madrid to quickly ship howitzers to Ukraine." => "Spain -supplies-> Ukraine", Modality::Hedged;
        "Seoul urged Tokyo to re-supply artillery shells to Poland." => "Japan -supplies-> Poland", Modality::Hedged;
    }
    // Elsewhere the actor before "to" is another verb's destination: "to deploy" is not its act.
    cases! {
        "Iran shipped drones to Russia to deploy them in Ukraine." => ["Iran -supplies-> Russia"];
        "Pyongyang moved soldiers to Russia to station them in Kursk." => ["North Korea -deploys-> Russia"];
    }
}

#[test]
fn declining_to_act_is_a_negation() {
    // "agreed not to": the cue phrase passes as a whole, not as "agreed" alone.
    modal_cases! {
        "Moscow agreed not to deploy troops to Serbia." => "Russia -deploys-> Serbia", Modality::Negated;
        "Japan decided not to export Patriot missiles to Ukraine." => "Japan -supplies-> Ukraine", Modality::Negated;
        "Italy has so far opted not to supply Storm Shadow missiles to Ukraine." => "Italy -supplies-> Ukraine", Modality::Negated;
    }
}

#[test]
fn a_weapon_word_between_two_actors_is_the_verb() {
    // "arms" names weapons, and between a subject and an object it is the verb.
    modal_cases! {
        "Tehran arms the Houthis with anti-ship missiles." => "Iran -supplies-> Houthis", Modality::Asserted;
        "Russia openly arms Syria." => "Russia -supplies-> Syria", Modality::Asserted;
    }
    // Elsewhere it stays the weapon it names (before a noun, as "Iran's arms shipments").
    cases! {
        "Iran arms shipments to Hezbollah were seized." => ["Iran -supplies-> Hezbollah"];
        "Russia sent arms to Syria." => ["Russia -supplies-> Syria"];
    }
    assert_eq!(
        items("Iran arms shipments to Hezbollah were seized."),
        [("arms".to_string(), None)]
    );
    assert_eq!(items("Russia sent arms to Syria."), [("arms".to_string(), None)]);
}

#[test]
fn sanctions_named_by_their_owner_or_as_bans() {
    // Another's sanctions, adopted: the owner is passed over like a determiner.
    cases! {
        "Iceland adopted EU sanctions against Belarus." => ["Iceland -sanctions-> Belarus"];
        "Liechtenstein has adopted the EU's newest round of sanctions on Iran." => ["Liechtenstein -sanctions-> Iran"];
        // aligning with, complying with, enforcing or mirroring them is adopting them
        "Norway aligned itself with EU sanctions on Iran." => ["Norway -sanctions-> Iran"];
        "Iceland and Liechtenstein aligned themselves with the EU's sanctions against Belarus." => ["Iceland -sanctions-> Belarus", "Liechtenstein -sanctions-> Belarus"];
        "Switzerland complied with EU sanctions on Russia." => ["Switzerland -sanctions-> Russia"];
        "Switzerland enforces EU sanctions on Russia." => ["Switzerland -sanctions-> Russia"];
        "Canada mirrored US sanctions on Iran." => ["Canada -sanctions-> Iran"];
        // the measures as one body
        "Mongolia complies with the sanctions regime against North Korea." => ["Mongolia -sanctions-> North Korea"];
        "Singapore joined the US sanctions regime on Myanmar." => ["Singapore -sanctions-> Myanmar"];
    }
    holds_with_modality! {
        "Georgia has not aligned with Western sanctions on Russia." => "Georgia -sanctions-> Russia", Modality::Negated;
        "Serbia refused to align with EU sanctions on Russia." => "Serbia -sanctions-> Russia", Modality::Negated;
        "Armenia may align with EU sanctions on Russia." => "Armenia -sanctions-> Russia", Modality::Hedged;
    }
    // Not every owner: a base is its owner's, whoever hits it.
    cases! {
        "Hezbollah struck a US base in Syria." => [];
    }
    // Bans on trade are sanctions; leaders are an actor's people.
    cases! {
        "Australia imposed an export ban on Iran." => ["Australia -sanctions-> Iran"];
        "Norway introduced import bans on Belarus." => ["Norway -sanctions-> Belarus"];
        "Canada imposed travel bans on Iranian leaders." => ["Canada -sanctions-> Iran"];
        "Japan imposed financial restrictions on Belarus." => ["Japan -sanctions-> Belarus"];
    }
    // Firms sanctioned by name.
    cases! {
        "The Commerce Department put Hikvision and YMTC on the entity list." => ["United States -sanctions-> Hikvision", "United States -sanctions-> Yangtze Memory Technologies"];
    }
}

#[test]
fn the_owner_of_sanctions_is_the_name_nearest_them() {
    // Whoever blocks or opposes another's sanctions does not own them: the name right before
    // the noun does, and the blocking negates them.
    modal_cases! {
        "Hungary blocked new EU sanctions on Russia." => "European Union -sanctions-> Russia", Modality::Negated;
        "Slovakia vetoed EU sanctions against Belarus." => "European Union -sanctions-> Belarus", Modality::Negated;
        "Austria criticised the EU's latest sanctions on Iran." => "European Union -sanctions-> Iran", Modality::Asserted;
        "Britain welcomed US sanctions on Venezuela." => "United States -sanctions-> Venezuela", Modality::Asserted;
    }
    cases! {
        "Poland praised Canadian sanctions against Belarus." => ["Canada -sanctions-> Belarus"];
    }
    // With no other owner named, the subject's own sanctions are the ones it blocks.
    modal_cases! {
        "Hungary blocked sanctions on Russia." => "Hungary -sanctions-> Russia", Modality::Negated;
    }
    // But the owner of measures another adopts is no party to the adopting, nor to a refusal
    // of it.
    modal_cases! {
        "Serbia refused to join new EU sanctions on Russia." => "Serbia -sanctions-> Russia", Modality::Negated;
        "Montenegro declined to adopt fresh EU sanctions against Belarus." => "Montenegro -sanctions-> Belarus", Modality::Negated;
        "Norway has adopted the EU's new sanctions on Iran." => "Norway -sanctions-> Iran", Modality::Asserted;
    }
}

#[test]
fn the_owner_of_approved_or_blocked_arms_is_their_supplier() {
    // As with sanctions: the name right before the items (or before "package of", "transfer
    // of" and their items) owns them; the side that approves or blocks them does not.
    modal_cases! {
        "Slovakia blocked a package of EU military aid to Burundi." => "European Union -supplies-> Burundi", Modality::Negated;
        "Peru vetoed EU military aid to Mali." => "European Union -supplies-> Mali", Modality::Negated;
        "Norway approved the transfer of Belgian howitzers to Chad." => "Belgium -supplies-> Chad", Modality::Asserted;
        "Spain cleared the sale of Chilean rifles to Bolivia." => "Chile -supplies-> Bolivia", Modality::Asserted;
    }
    // With no owner named, the approving side is the supplier, as before.
    modal_cases! {
        "Norway approved the transfer of howitzers to Chad." => "Norway -supplies-> Chad", Modality::Asserted;
        "Slovakia blocked a package of military aid to Burundi." => "Slovakia -supplies-> Burundi", Modality::Negated;
    }
    // A side kept from acting is no owner of the items, and firms named in a gap are none.
    modal_cases! {
        "Peru did not block Chile from sending rifles to Bolivia." => "Chile -supplies-> Bolivia", Modality::Hedged;
    }
    holds_with_modality! {
        "Spain announced sanctions on Serbian firms for selling drones to Mali." => "Spain -sanctions-> Serbia", Modality::Asserted;
    }
    // A possessive right after the verb owns what follows, which need not be the items: in
    // "approved Chile's request for rifles" Chile asked, and it sells nothing.
    assert!(!asserted("Spain approved Chile's request for rifles for Peru.")
        .contains(&"Chile -supplies-> Peru".to_string()));
}

#[test]
fn a_side_kept_from_an_act_is_its_subject_and_the_act_is_negated() {
    modal_cases! {
        "Berlin blocked Warsaw from sending MiG-29 jets to Ukraine." => "Poland -supplies-> Ukraine", Modality::Negated;
        "Washington has prevented Israel from delivering Patriot systems to Ukraine." => "Israel -supplies-> Ukraine", Modality::Negated;
        "A Dutch court stopped the Netherlands from exporting F-35 parts to Israel." => "Netherlands -supplies-> Israel", Modality::Negated;
        "A UN resolution bars North Korea from selling ballistic missiles to Iran." => "North Korea -supplies-> Iran", Modality::Negated;
    }
    holds_with_modality! {
        "Switzerland has banned Denmark and Germany from selling ammunition to Ukraine." => "Denmark -supplies-> Ukraine", Modality::Negated;
        "Switzerland has banned Denmark and Germany from selling ammunition to Ukraine." => "Germany -supplies-> Ukraine", Modality::Negated;
    }
    // The passive names the side kept from acting as the subject.
    modal_cases! {
        "Latvia was blocked from sending Stinger missiles to Ukraine." => "Latvia -supplies-> Ukraine", Modality::Negated;
        "Officials said Greece was forbidden from delivering S-300 systems to Armenia." => "Greece -supplies-> Armenia", Modality::Negated;
    }
    // Fillers may stand between "from" and the gerund: an adverb, a hyphenated verb's prefix.
    modal_cases! {
        "Bern barred Copenhagen from re-exporting tank shells to Ukraine." => "Denmark -supplies-> Ukraine", Modality::Negated;
        "Berlin blocked Warsaw from quietly sending MiG-29 jets to Ukraine." => "Poland -supplies-> Ukraine", Modality::Negated;
        "Washington stopped Ankara from secretly selling S-400 systems to Iran." => "Turkey -supplies-> Iran", Modality::Negated;
    }
}

#[test]
fn a_side_not_kept_from_an_act_may_have_done_it() {
    // A negated prevention permits the act without saying it happened: hedged, not negated (as
    // "blocked … from" alone is) and not asserted (as "did not stop deliveries" is).
    modal_cases! {
        "Poland did not block Lithuania from sending Stinger missiles to Ukraine." => "Lithuania -supplies-> Ukraine", Modality::Hedged;
        "Washington never stopped Ankara from selling S-400 systems to Iran." => "Turkey -supplies-> Iran", Modality::Hedged;
        "Oslo refused to prohibit the Netherlands from exporting F-35 parts to Israel." => "Netherlands -supplies-> Israel", Modality::Hedged;
        "Bern will not prevent Copenhagen from re-exporting tank shells to Ukraine." => "Denmark -supplies-> Ukraine", Modality::Hedged;
    }
    // A stopping word that keeps no side from acting still undoes the act it names.
    modal_cases! {
        "Germany did not stop shipments of tanks to Ukraine." => "Germany -supplies-> Ukraine", Modality::Asserted;
    }
}

#[test]
fn a_ban_not_made_leaves_the_flow_it_names_open() {
    // A ban or block that is not made permits the flow without saying it happened: the supply is
    // hedged (a ban made negates it), and the sanction the ban would be is negated.
    holds_with_modality! {
        "Latvia has not banned arms exports to Chile." => "Latvia -supplies-> Chile", Modality::Hedged;
        "Latvia has not banned arms exports to Chile." => "Latvia -sanctions-> Chile", Modality::Negated;
        "Latvia banned arms exports to Chile." => "Latvia -supplies-> Chile", Modality::Negated;
        "Ireland did not prohibit exports of drones to Mali." => "Ireland -supplies-> Mali", Modality::Hedged;
        "Denmark never blocked the sale of rifles to Bolivia." => "Denmark -supplies-> Bolivia", Modality::Hedged;
    }
    // So is one refused, with the ban word read as a verb after the refusal's "to".
    holds_with_modality! {
        "Portugal refused to ban weapons sales to Peru." => "Portugal -supplies-> Peru", Modality::Hedged;
        "Estonia failed to ban arms sales to Niger." => "Estonia -supplies-> Niger", Modality::Hedged;
        "Portugal refused to ban weapons sales to Peru." => "Portugal -sanctions-> Peru", Modality::Negated;
    }
    // A veto not cast is a ban not made: the transfer or the sanction it would have stopped may
    // go ahead. A veto cast stops it.
    holds_with_modality! {
        "Finland did not veto the transfer of howitzers to Chile." => "Finland -supplies-> Chile", Modality::Hedged;
        "Greece never vetoed arms sales to Niger." => "Greece -supplies-> Niger", Modality::Hedged;
        "Slovakia has not vetoed the EU's sanctions on Belarus." => "European Union -sanctions-> Belarus", Modality::Hedged;
        "Slovakia vetoed the EU's sanctions on Belarus." => "European Union -sanctions-> Belarus", Modality::Negated;
        "Finland vetoed the transfer of howitzers to Chile." => "Finland -supplies-> Chile", Modality::Negated;
    }
    // A ban word after the act describes its goods: the negator denies the act.
    modal_cases! {
        "Peru did not sell prohibited rifles to Chad." => "Peru -supplies-> Chad", Modality::Negated;
        "Peru did not send banned cluster munitions to Chad." => "Peru -supplies-> Chad", Modality::Negated;
    }
}

#[test]
fn the_cues_of_a_relative_aside_are_its_own() {
    // A denial, hedge or refusal inside an aside between commas qualifies the aside, not the
    // claim after it.
    modal_cases! {
        "Diplomats, who asked not to be identified, said Belarus shipped mortars to Sudan." => "Belarus -supplies-> Sudan", Modality::Asserted;
        "Pyongyang, which denies any arms trade, sent artillery shells to Russia." => "North Korea -supplies-> Russia", Modality::Asserted;
        "Sweden, which might join later, delivered CV90 vehicles to Ukraine." => "Sweden -supplies-> Ukraine", Modality::Asserted;
        "India, pressured by Washington, bought S-400 systems from Russia." => "Russia -supplies-> India", Modality::Asserted;
        // An aside opened by a participle in "-ing".
        "Peru, seeking to rebuild its arsenal, bought rifles from Chile." => "Chile -supplies-> Peru", Modality::Asserted;
        "Spain, refusing to bow to pressure, sent tanks to Chad." => "Spain -supplies-> Chad", Modality::Asserted;
        "Norway, having refused for months, shipped howitzers to Niger." => "Norway -supplies-> Niger", Modality::Asserted;
    }
    // A cue of the claim itself still counts, and so does one inside an aside that holds it.
    modal_cases! {
        "Serbia, which borders Hungary, denied selling rockets to Ukraine." => "Serbia -supplies-> Ukraine", Modality::Negated;
        "Chad, facing pressure, denied selling rifles to Niger." => "Chad -supplies-> Niger", Modality::Negated;
        "Officials, speaking on condition of anonymity, said Chad may send rifles to Niger." => "Chad -supplies-> Niger", Modality::Hedged;
        "Belarus, which may have sent tanks to Russia, held exercises." => "Belarus -supplies-> Russia", Modality::Hedged;
    }
}

#[test]
fn a_contrastive_aside_negates_only_what_it_sets_aside() {
    // ", not Y," sets Y aside; the subject before it still acts.
    modal_cases! {
        "Belarus, not Serbia, shipped mortars to Sudan." => "Belarus -supplies-> Sudan", Modality::Asserted;
        "Hungary, but not Austria, imposed sanctions on Iran." => "Hungary -sanctions-> Iran", Modality::Asserted;
        "Poland, and not Germany, deployed tanks to Lithuania." => "Poland -deploys-> Lithuania", Modality::Asserted;
    }
    // The claim's own negation still counts after such an aside.
    modal_cases! {
        "Belarus, not Serbia, denied shipping mortars to Sudan." => "Belarus -supplies-> Sudan", Modality::Negated;
    }
    // Inside a list of items, what "not" sets aside is no item, and the destination after the
    // aside is still the list's.
    modal_cases! {
        "Belarus shipped mortars, not rifles, to Sudan." => "Belarus -supplies-> Sudan", Modality::Asserted;
        "Poland sent tanks, but not jets, to Ukraine." => "Poland -supplies-> Ukraine", Modality::Asserted;
    }
    assert_eq!(item_names("Belarus shipped mortars, not rifles, to Sudan."), ["mortars"]);
    assert_eq!(item_names("Poland sent tanks but not jets."), ["tanks"]);
    assert_eq!(item_names("Poland sent tanks, and not jets, to Ukraine."), ["tanks"]);
}

#[test]
fn a_contrast_without_commas_sets_aside_only_its_own_names() {
    // "but not" / "and not" inside a list of one kind: the list goes on past what is set aside
    // (to its destination, or to its verb), and the act stands.
    modal_cases! {
        "Belarus shipped mortars but not rifles to Sudan." => "Belarus -supplies-> Sudan", Modality::Asserted;
        "Poland sent tanks and not 40 jets into Ukraine." => "Poland -supplies-> Ukraine", Modality::Asserted;
        "Belarus and not Serbia shipped mortars to Sudan." => "Belarus -supplies-> Sudan", Modality::Asserted;
        "Hungary but not Austria imposed sanctions on Iran." => "Hungary -sanctions-> Iran", Modality::Asserted;
        "Canada sanctioned Venezuela but not Cuba." => "Canada -sanctions-> Venezuela", Modality::Asserted;
        "Belarus shipped mortars to Sudan and not Chad." => "Belarus -supplies-> Sudan", Modality::Asserted;
    }
    // (Each gives one relation: none for what was set aside.)
    assert_eq!(item_names("Belarus shipped mortars but not rifles to Sudan."), ["mortars"]);
    // Names of another kind after the "not" make a clause of their own, which it denies.
    assert_eq!(
        with_modality("Spain sent rifles to Chad and not tanks to Mali."),
        [
            ("Spain -supplies-> Chad".to_string(), Modality::Asserted),
            ("Spain -supplies-> Mali".to_string(), Modality::Negated)
        ]
    );
    modal_cases! {
        "Spain sent rifles to Chad but not Mali tanks." => "Spain -supplies-> Chad", Modality::Asserted;
    }
    // A comma before the "not" and none after it is no contrast the list runs past, and its
    // "not" denies nothing the list reached.
    assert!(!modality("Belarus shipped mortars, not rifles to Sudan.").contains(&Modality::Negated));
}

#[test]
fn a_share_of_an_owners_items_names_the_owner_as_recipient() {
    // "half of X's items" after a verb of supplying is X's stock: X received them. The share
    // words are read with their "of", like the counts before an actor.
    cases! {
        "Belarus delivered nearly half of Sudan's rifles." => ["Belarus -supplies-> Sudan"];
        "Poland supplied most of Ukraine's tanks last year." => ["Poland -supplies-> Ukraine"];
        "Serbia has provided as much as a third of Chad's mortars, officials said." => ["Serbia -supplies-> Chad"];
        "Canada sanctioned the bulk of Venezuela's oil tankers." => ["Canada -sanctions-> Venezuela"];
        // Without an owner the share names no recipient.
        "Serbia shipped half of the mortars." => ["Serbia -supplies-> -"];
    }
    // The share is the items' quantity.
    assert!(items("Serbia shipped half of the mortars to Chad.")
        .iter()
        .any(|(_, q)| q.as_deref() == Some("half")));
}

#[test]
fn a_request_to_a_supplier_names_the_asker_as_recipient_hedged() {
    // Asking is no delivery: the asker would receive the items, if the supplier sends them.
    modal_cases! {
        "Serbia requested howitzers from France." => "France -supplies-> Serbia", Modality::Hedged;
        "Armenia sought rifles from India last year." => "India -supplies-> Armenia", Modality::Hedged;
        "Armenia has asked for more rifles from India." => "India -supplies-> Armenia", Modality::Hedged;
        "Taiwan asked the US for more missiles." => "United States -supplies-> Taiwan", Modality::Hedged;
        "Serbia lobbied France for howitzers." => "France -supplies-> Serbia", Modality::Hedged;
        "Armenia did not seek rifles from India." => "India -supplies-> Armenia", Modality::Negated;
        // Every tense of asking is a hedge, not a delivery.
        "Armenia is seeking rifles from India." => "India -supplies-> Armenia", Modality::Hedged;
        "Serbia will ask France for howitzers." => "France -supplies-> Serbia", Modality::Hedged;
        "Serbia has been lobbying France for howitzers." => "France -supplies-> Serbia", Modality::Hedged;
        "Armenia is requesting rifles from India." => "India -supplies-> Armenia", Modality::Hedged;
        // The noun "lobby" asks for nothing.
        "The farm lobby said Belarus shipped rifles to Sudan." => "Belarus -supplies-> Sudan", Modality::Asserted;
    }
    // Help is no item, nor is what answers are about, nor what a permission would send.
    assert!(relations("Serbia asked France for help.").is_empty());
    assert!(relations("Serbia pressed France for answers about the howitzers.").is_empty());
    assert!(!with_modality("Serbia asked France for permission to ship howitzers to Chad.")
        .iter()
        .any(|(r, _)| r.starts_with("France")));
    // (The same holds after any verb: information is no item.)
    assert!(relations("Belarus sent information about drones to Sudan.").is_empty());
    // A verb of asking before a to-infinitive still hands the act to its object, with or
    // without "the": the recipient is not named.
    assert_eq!(
        with_modality("Taiwan asked the US to ship more missiles."),
        [("United States -supplies-> -".to_string(), Modality::Hedged)]
    );
    assert_eq!(
        with_modality("Taiwan asked Washington to ship more missiles."),
        [("United States -supplies-> -".to_string(), Modality::Hedged)]
    );
}

#[test]
fn a_request_for_leave_to_supply_is_the_askers_supply_hedged() {
    // The one asked only gives leave: the asker would send the items.
    modal_cases! {
        "Serbia asked France for permission to ship howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia sought approval from France to ship howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia requested permission from Paris to sell howitzers." => "Serbia -supplies-> -", Modality::Hedged;
        "Serbia did not ask France for permission to ship howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Negated;
    }
    // Leave for something else sends nothing.
    assert!(relations("Serbia asked France for permission to buy howitzers.").is_empty());
}

#[test]
fn a_participle_opening_the_sentence_keeps_its_cues_to_itself() {
    // The opener's comma ends its cues' reach: the main clause has a subject of its own.
    modal_cases! {
        "Seeking cheaper rifles, Armenia bought rifles from India." => "India -supplies-> Armenia", Modality::Asserted;
        "Asked about the talks, officials said Belarus shipped rifles to Sudan." => "Belarus -supplies-> Sudan", Modality::Asserted;
        "Facing possible sanctions, Serbia sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Weighing its options, Serbia sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        // A claim inside the opener keeps them.
        "Asked whether Belarus shipped rifles to Sudan, the minister declined to comment." => "Belarus -supplies-> Sudan", Modality::Hedged;
        // A cue of the main clause still counts.
        "Seeking cheaper rifles, Armenia may buy rifles from India." => "India -supplies-> Armenia", Modality::Hedged;
        // An opener that is no participle still reaches the claim.
        "According to unconfirmed reports, Serbia sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
        "If talks fail, Serbia will sell howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
        // Nor does a participle of attribution: its cues weigh the claim's source.
        "Citing unconfirmed reports, the paper said Serbia sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
}

#[test]
fn an_aside_inside_a_list_leaves_its_destination_to_come() {
    cases! {
        "Turkey shipped drones, including Bayraktar TB2s, to Ethiopia." => ["Turkey -supplies-> Ethiopia"];
        "Sweden delivered armoured vehicles, such as the CV90, to Ukraine." => ["Sweden -supplies-> Ukraine"];
        "Britain sent missiles, tanks, to Ukraine." => ["United Kingdom -supplies-> Ukraine"];
    }
    // A lone comma before "to" after a list that holds no aside is no such close.
    cases! {
        "Britain sent missiles, to the surprise of Russia." => ["United Kingdom -supplies-> -"];
    }
}

#[test]
fn opposing_a_measure_does_not_impose_it() {
    modal_cases! {
        "Slovakia opposed new EU sanctions on Belarus." => "European Union -sanctions-> Belarus", Modality::Hedged;
        "Greece objected to the sale of F-35 jets to Turkey by the United States." => "United States -supplies-> Turkey", Modality::Hedged;
    }
}

#[test]
fn a_penalty_for_a_supply_names_the_supplier() {
    cases! {
        "Britain sanctioned two Iranian firms for shipping drones to Russia." => ["United Kingdom -sanctions-> Iran", "Iran -supplies-> Russia"];
        "A Dutch court fined a German company for exporting rifles to Russia." => ["Germany -supplies-> Russia"];
        "Canada blacklisted Belarusian entities for providing Russia with artillery shells." => ["Canada -sanctions-> Belarus", "Belarus -supplies-> Russia"];
    }
    // A penalty for something else says nothing of supplies.
    cases! {
        "Japan sanctioned Iran for its nuclear program." => ["Japan -sanctions-> Iran"];
    }
}

#[test]
fn a_side_that_joins_another_in_a_measure_is_its_subject() {
    cases! {
        "Norway joined the European Union in sanctioning Belarusian banks." => ["Norway -sanctions-> Belarus"];
        "New Zealand has joined Australia in imposing sanctions on Iran." => ["New Zealand -sanctions-> Iran"];
        "Spain joined Italy and Greece in sending howitzers to Ukraine." => ["Spain -supplies-> Ukraine"];
        "Canada joined the UK in deploying troops to Latvia." => ["Canada -deploys-> Latvia"];
    }
    // So is one that follows another's lead, named or not.
    cases! {
        "Peru followed Spain in sanctioning the IRGC." => ["Peru -sanctions-> Islamic Revolutionary Guard Corps"];
        "Chile followed Norway and Spain in sending drones to Bolivia." => ["Chile -supplies-> Bolivia"];
        "Chad has followed suit in arming Niger." => ["Chad -supplies-> Niger"];
        "Spain followed the talks in Lima, and Chile sent drones to Peru." => ["Chile -supplies-> Peru"];
    }
    // Refusing to join is the subject's negation, and says nothing of the side it would join.
    modal_cases! {
        "Serbia refused to join the EU in sanctioning Russia." => "Serbia -sanctions-> Russia", Modality::Negated;
    }
    // Joining a side in something else is no measure.
    cases! {
        "Britain joined France in condemning the launch by North Korea." => [];
    }
}

#[test]
fn a_sides_resolve_named_on_the_act_is_the_act() {
    cases! {
        "Poland's decision to deliver MiG-29 jets to Ukraine surprised allies." => ["Poland -supplies-> Ukraine"];
        "Kyiv welcomed the US decision to send Abrams tanks to Ukraine." => ["United States -supplies-> Ukraine"];
        "Canada's decision to supply Ukraine with NASAMS was praised." => ["Canada -supplies-> Ukraine"];
        "Russia's move to deploy Iskander missiles in Belarus alarmed Poland." => ["Russia -deploys-> Belarus"];
    }
    // A refusal is a negation, a plan a hedge.
    modal_cases! {
        "Japan's refusal to export Patriot missiles to Ukraine disappointed Kyiv." => "Japan -supplies-> Ukraine", Modality::Negated;
        "Britain's plan to send Challenger tanks to Ukraine drew criticism." => "United Kingdom -supplies-> Ukraine", Modality::Hedged;
        // A resolve not to act, for each type.
        "Chile's decision not to sell Leopard tanks to Peru angered Lima." => "Chile -supplies-> Peru", Modality::Negated;
        "Norway's decision not to deploy troops to Latvia surprised Riga." => "Norway -deploys-> Latvia", Modality::Negated;
        "Brazil welcomed India's decision not to join sanctions against Iran." => "India -sanctions-> Iran", Modality::Negated;
        "Serbia's refusal to impose sanctions on Russia angered Brussels." => "Serbia -sanctions-> Russia", Modality::Negated;
    }
    // A resolve to sanction is the sanction.
    cases! {
        "Kenya's move to impose sanctions on Somalia surprised Nairobi's allies." => ["Kenya -sanctions-> Somalia"];
    }
    // The side may follow "by", for each type, with the same cues; a name inside a phrase after
    // "by" is no side.
    modal_cases! {
        "Chile welcomed a decision by Estonia to send howitzers to Niger." => "Estonia -supplies-> Niger", Modality::Asserted;
        "The move by Peru to deploy troops to Bolivia alarmed Chile." => "Peru -deploys-> Bolivia", Modality::Asserted;
        "The decision by Kenya to impose sanctions on Somalia was praised." => "Kenya -sanctions-> Somalia", Modality::Asserted;
        "The refusal by Spain to sell tanks to Chad surprised Niger." => "Spain -supplies-> Chad", Modality::Negated;
        "A plan by Japan to ship drones to Chile drew protests." => "Japan -supplies-> Chile", Modality::Hedged;
    }
    cases! {
        "A decision by a court in Peru to send the case to Chile was criticised." => [];
    }
    // The resolve told with its verb: "made" or "took" a decision.
    modal_cases! {
        "Finland made a decision to send howitzers to Moldova." => "Finland -supplies-> Moldova", Modality::Asserted;
        "Peru has taken the decision to deploy troops to Bolivia." => "Peru -deploys-> Bolivia", Modality::Asserted;
        "Kenya took a decision to impose sanctions on Eritrea." => "Kenya -sanctions-> Eritrea", Modality::Asserted;
        "Chile has made a decision not to sell rifles to Peru." => "Chile -supplies-> Peru", Modality::Negated;
        // The buyer's decision, read as "decided to buy" is; and one not made.
        "Peru made a decision to buy howitzers from Chile." => "Chile -supplies-> Peru", Modality::Asserted;
        "Kenya took the decision not to purchase rifles from Spain." => "Spain -supplies-> Kenya", Modality::Negated;
        "Chile did not make a decision to send tanks to Peru." => "Chile -supplies-> Peru", Modality::Negated;
        "Norway made a decision to sanction Peruvian banks." => "Norway -sanctions-> Peru", Modality::Asserted;
    }
}

#[test]
fn items_before_a_relative_clause_without_which() {
    cases! {
        "The missiles North Korea shipped to Russia were used against Kharkiv." => ["North Korea -supplies-> Russia"];
        "Ukraine downed several drones Iran had supplied to Russia." => ["Iran -supplies-> Russia"];
    }
}

#[test]
fn a_sides_package_holds_what_it_sends() {
    cases! {
        "France's latest aid package for Armenia includes Caesar howitzers." => ["France -supplies-> Armenia"];
        "Sweden's new package to Ukraine includes Archer howitzers." => ["Sweden -supplies-> Ukraine"];
        "Norway's NASAMS package for Ukraine arrived in May." => ["Norway -supplies-> Ukraine"];
    }
}

#[test]
fn a_demonym_describing_a_named_organisation_gives_the_organisation() {
    cases! {
        "The EU sanctioned Iranian airline Mahan Air." => ["European Union -sanctions-> Mahan Air"];
        "The US sanctioned Chinese tech giant Huawei." => ["United States -sanctions-> Huawei"];
        "Washington blacklisted Chinese drone maker DJI." => ["United States -sanctions-> DJI"];
    }
    // Plural words name others: the speakers are Russian, the agency is not the subject.
    cases! {
        "Russian officials told Reuters that Iran sent drones to Russia." => ["Iran -supplies-> Russia"];
        "Britain sanctioned Chinese firms and Huawei." => ["United Kingdom -sanctions-> China", "United Kingdom -sanctions-> Huawei"];
    }
}

#[test]
fn sanctions_prolonged_banned_or_named_by_their_imposer() {
    cases! {
        "The Council of the EU prolonged sanctions against Belarus." => ["European Union -sanctions-> Belarus"];
        "North Korea was hit by fresh UN sanctions." => ["United Nations -sanctions-> North Korea"];
        "Sanctions imposed by Britain on Iran remain in force." => ["United Kingdom -sanctions-> Iran"];
        "Moscow imposed countersanctions on Japan." => ["Russia -sanctions-> Japan"];
        "The G7 imposed a price cap on Russian oil." => ["G7 -sanctions-> Russia"];
    }
    // A ban on a side's trade is the sanction, not its negation; a denied ban stays negated.
    modal_cases! {
        "Canada has banned imports of Russian steel." => "Canada -sanctions-> Russia", Modality::Asserted;
        "South Korea banned exports to North Korea." => "South Korea -sanctions-> North Korea", Modality::Asserted;
        "India denied that it had banned imports from China." => "India -sanctions-> China", Modality::Negated;
    }
    // The ban named as a noun, by its owner or its imposer, on a side's goods or its trade.
    cases! {
        "Chile's ban on Bolivian copper came into force." => ["Chile -sanctions-> Bolivia"];
        "The Spanish ban on imports from Chad took effect." => ["Spain -sanctions-> Chad"];
        "Norway's ban on exports of luxury goods to Belarus stands." => ["Norway -sanctions-> Belarus"];
        "A ban on Peruvian fish was imposed by Chile." => ["Chile -sanctions-> Peru"];
        "Belgium's ban on arms exports to Niger remains." => ["Belgium -sanctions-> Niger"];
        "Spain has an embargo on rifle sales to Chad." => ["Spain -sanctions-> Chad"];
        // A ban on no side's goods is none.
        "Norway backed a ban on cluster munitions." => [];
    }
    modal_cases! {
        "Chile lifted its ban on Peruvian fish." => "Chile -sanctions-> Peru", Modality::Negated;
    }
}

/// Export controls and trade bans name the goods before the side they target: "export controls on
/// advanced chips to China" and "banned exports of drones to Iran" sanction China and Iran; a
/// flow to a place that is no party ("banned the transit of grain to Hungary") names no target.
#[test]
fn export_controls_and_trade_bans_name_the_side_after_the_goods() {
    cases! {
        "Taiwan imposed export controls on machine tools to Russia." => ["Taiwan -sanctions-> Russia"];
        "Canada tightened restrictions on exports of drone engines to Iran." => ["Canada -sanctions-> Iran"];
        "Australia banned exports of aluminium ore to Russia." => ["Australia -sanctions-> Russia"];
        "Norway restricted imports of fish from Russia." => ["Norway -sanctions-> Russia"];
        "Seoul curbed the sale of chip equipment to China." => ["South Korea -sanctions-> China"];
        "Slovakia banned the transit of Ukrainian grain to Hungary." => [];
        "Japan restricted the use of its airspace by Chinese airlines." => [];
        // other goods before the flow, as a compound
        "Taiwan restricted chip exports to Russia and Belarus." => ["Taiwan -sanctions-> Russia", "Taiwan -sanctions-> Belarus"];
        "Peru banned copper imports from Chile." => ["Peru -sanctions-> Chile"];
        "India banned rice exports." => [];
        "Slovakia banned grain transit to Hungary." => [];
    }
    modal_cases! {
        "Georgia has not banned fuel exports to Armenia." => "Georgia -sanctions-> Armenia", Modality::Negated;
        "Germany did not impose export controls on chips to Turkey." => "Germany -sanctions-> Turkey", Modality::Negated;
    }
    // The goods before the flow, as a compound (the ban also negates the supply).
    holds_with_modality! {
        "Kenya has banned arms exports to Sudan." => "Kenya -sanctions-> Sudan", Modality::Asserted;
        "Kenya has banned arms exports to Sudan." => "Kenya -supplies-> Sudan", Modality::Negated;
        "Peru banned the drone exports to Iran." => "Peru -sanctions-> Iran", Modality::Asserted;
        // a frozen trade is a ban on it
        "Chile will freeze arms exports to Bolivia." => "Chile -sanctions-> Bolivia", Modality::Asserted;
        "Chile will freeze arms exports to Bolivia." => "Chile -supplies-> Bolivia", Modality::Negated;
        "Austria froze exports of howitzers to Turkey." => "Austria -sanctions-> Turkey", Modality::Asserted;
        "Mexico has frozen imports from Venezuela." => "Mexico -sanctions-> Venezuela", Modality::Asserted;
        // a freeze not made is no sanction, and the trade it would have stopped goes on
        "Chile did not freeze arms sales to Bolivia." => "Chile -sanctions-> Bolivia", Modality::Negated;
        "Chile has not frozen arms sales to Bolivia." => "Chile -sanctions-> Bolivia", Modality::Negated;
        "Chile has not frozen arms sales to Bolivia." => "Chile -supplies-> Bolivia", Modality::Asserted;
    }
    // frozen assets are no trade: one sanction, not a second by the trade rules
    assert_eq!(relations("Peru froze the assets of Bolivian generals.").len(), 1);
}

#[test]
fn a_measure_on_weapons_to_a_side_is_a_sanction_and_no_supply() {
    cases! {
        "Italy approved an embargo on arms to Libya." => ["Italy -sanctions-> Libya"];
        "Canada announced new restrictions on missile sales to Pakistan." => ["Canada -sanctions-> Pakistan"];
        "Norway introduced limits on the export of howitzers to Turkey." => ["Norway -sanctions-> Turkey"];
        "Spain approved a package of howitzers to Morocco." => ["Spain -supplies-> Morocco"];
    }
    assert_eq!(item_names("Italy approved an embargo on arms to Libya."), ["arms"]);
    modal_cases! {
        "Austria did not approve an embargo on arms to Israel." => "Austria -sanctions-> Israel", Modality::Negated;
    }
}

#[test]
fn a_supplier_named_in_apposition_supplies() {
    cases! {
        "Serbia, a longtime supplier of ammunition to Ukraine, denied the report." => ["Serbia -supplies-> Ukraine"];
        "Israel, Azerbaijan's main arms supplier, stayed silent." => ["Israel -supplies-> Azerbaijan"];
        "Turkey, Pakistan's second supplier of warships, held talks." => ["Turkey -supplies-> Pakistan"];
        "Spain, the largest arms supplier to Morocco, signed a deal." => ["Spain -supplies-> Morocco"];
        "Talks between Sweden, Ukraine's biggest tank supplier, and Norway ended." => ["Sweden -supplies-> Ukraine"];
        // a comma that only lists: no apposition
        "Austria, Hungary and Slovakia's arms suppliers met in Vienna." => [];
        // the apposition describes its side wherever the side stands: after a verb or a
        // preposition as well as at the start
        "Japan sanctioned Belarus, a key supplier of fertiliser and shells to Russia." => ["Japan -sanctions-> Belarus", "Belarus -supplies-> Russia"];
        "Restrictions on China, Pakistan's biggest supplier of frigates, were eased." => ["China -supplies-> Pakistan"];
    }
}

#[test]
fn a_package_given_to_the_recipient_first_yields_what_it_includes() {
    cases! {
        "Canada sent Latvia a package that includes Javelin missiles." => ["Canada -supplies-> Latvia"];
        "Norway promised Kyiv a tranche which includes NASAMS." => ["Norway -supplies-> Ukraine"];
        "Italy gave Ukraine a package of sanctions that includes bans on Russian steel." => [];
    }
    assert_eq!(
        item_names("Canada sent Latvia a package that includes Javelin missiles."),
        ["Javelin"]
    );
    modal_cases! {
        "Spain never sent Morocco the package that included Leopard tanks." => "Spain -supplies-> Morocco", Modality::Negated;
    }
}

#[test]
fn a_strike_group_is_a_force_deployed_and_a_carrier_sold_is_supplied() {
    cases! {
        "France sent a carrier strike group to Cyprus." => ["France -deploys-> Cyprus"];
        "Italy is sending an aircraft carrier strike group to Japan." => ["Italy -deploys-> Japan"];
        "Spain sold an aircraft carrier to Turkey." => ["Spain -supplies-> Turkey"];
    }
}

#[test]
fn forces_moved_from_one_place_to_another_are_deployed_to_the_second() {
    cases! {
        "Britain redeployed troops from Estonia to Poland." => ["United Kingdom -deploys-> Poland"];
        "The US moved Patriot batteries from Qatar to Israel." => ["United States -deploys-> Israel"];
        "Cuban troops were redeployed from Angola to Ethiopia." => ["Cuba -deploys-> Ethiopia"];
    }
}

#[test]
fn a_name_used_as_a_modifier_with_a_head_is_its_actor() {
    cases! {
        "The UK government imposed sanctions on Iran." => ["United Kingdom -sanctions-> Iran"];
        "The US military deployed troops to Poland." => ["United States -deploys-> Poland"];
        "EU officials sanctioned Belarus." => ["European Union -sanctions-> Belarus"];
        "The US and UK governments sanctioned Iran." => ["United States -sanctions-> Iran", "United Kingdom -sanctions-> Iran"];
        "Washington supplied the Ukraine army with Javelin missiles." => ["United States -supplies-> Ukraine"];
    }
    // A title before a person describes the person, who acts.
    cases! {
        "UK Prime Minister Rishi Sunak sent tanks to Ukraine." => ["United Kingdom -supplies-> Ukraine"];
    }
}

#[test]
fn forces_right_after_a_weapon_are_its_head_noun() {
    // "fighters" alone are combatants, deployed; after a jet's name they are the jets.
    cases! {
        "The Wagner Group sent fighters to Libya." => ["Wagner Group -deploys-> Libya"];
        "Poland sent MiG-29 fighters to Ukraine." => ["Poland -supplies-> Ukraine"];
        "Pakistan has received J-10C fighters from China." => ["China -supplies-> Pakistan"];
        "Iran sent fighters and drones to Syria." => ["Iran -deploys-> Syria", "Iran -supplies-> Syria"];
        // One modifier may stand between the jet and its head noun, but not a conjunction.
        "China sold J-10C multirole fighters to Egypt." => ["China -supplies-> Egypt"];
        "Iran sent drones plus fighters to Syria." => ["Iran -deploys-> Syria", "Iran -supplies-> Syria"];
    }
    let mut found = items("Russia sent Su-35 fighters and troops to Syria.");
    found.sort();
    assert_eq!(found, [("Su-35".to_string(), None), ("troops".to_string(), None)]);
}

#[test]
fn ordinals_and_rounds_of_sanctions_are_read_through() {
    cases! {
        "Washington's new round of sanctions against Iran targets oil." => ["United States -sanctions-> Iran"];
        "The EU's 16th sanctions package against Russia took effect." => ["European Union -sanctions-> Russia"];
        "The EU's fifth package of sanctions on Belarus took effect." => ["European Union -sanctions-> Belarus"];
        "Russia first deployed troops to Syria in 2015." => ["Russia -deploys-> Syria"];
    }
    // An ordinal is no count of the items.
    assert_eq!(
        items("Britain sent its 2nd batch of Storm Shadow missiles to Ukraine."),
        [("Storm Shadow".to_string(), Some("batch".to_string()))]
    );
}

#[test]
fn a_claim_called_untrue_after_it_is_negated() {
    modal_cases! {
        "Reports that Iran supplied missiles to Russia are false, Tehran said." => "Iran -supplies-> Russia", Modality::Negated;
        "Claims that China sent drones to Russia are baseless, Beijing said." => "China -supplies-> Russia", Modality::Negated;
        // Only in the claim's own clause.
        "Iran supplied missiles to Russia; reports that it stopped are false." => "Iran -supplies-> Russia", Modality::Asserted;
    }
}

#[test]
fn the_user_of_supplied_arms_received_them() {
    modal_cases! {
        "Ukrainian forces fired US-supplied ATACMS missiles at Crimea." => "United States -supplies-> Ukraine", Modality::Asserted;
        "Russia has used drones supplied by Iran against Kyiv." => "Iran -supplies-> Russia", Modality::Asserted;
        // The user named with its forces, or with words between it and the verb.
        "Ukrainian troops fired US-supplied ATACMS missiles at Crimea." => "United States -supplies-> Ukraine", Modality::Asserted;
        "Russian soldiers have used drones supplied by Iran." => "Iran -supplies-> Russia", Modality::Asserted;
        "Ukraine's military on Tuesday fired US-supplied ATACMS." => "United States -supplies-> Ukraine", Modality::Asserted;
        // Once: the supplier's own verb is part of the reading, not a claim of its own.
        "Russia has fired North Korean-supplied missiles at Kharkiv." => "North Korea -supplies-> Russia", Modality::Asserted;
        // The attack is the user's, not a sign the items were fired instead of supplied.
        "Russia launched Iranian-supplied drones in an overnight attack on Odesa." => "Iran -supplies-> Russia", Modality::Asserted;
    }
    // A maker is no supplier, and using is no receiving without a supplier.
    assert_eq!(relations("The Houthis fired Iranian-made missiles at ships.").len(), 0);
    assert_eq!(relations("Ukraine used the talks to press Germany for more tanks.").len(), 0);
    // The user is the actor nearest the verb, not the one who reports it.
    let reported = relations("Moscow said Ukrainian troops fired US-supplied ATACMS missiles.");
    let pairs: Vec<(String, String)> =
        reported.iter().map(|r| (name(r.source), name(r.target))).collect();
    assert_eq!(pairs, [("United States".to_string(), "Ukraine".to_string())]);
    // Each supplier's items are its own: the list ends where the next supplier starts.
    let sentence =
        "Ukraine has used US-supplied HIMARS and British-supplied Storm Shadow missiles.";
    let us: Vec<String> = relations(sentence)
        .iter()
        .filter(|r| name(r.source) == "United States")
        .flat_map(|r| r.items.iter().map(|i| pipeline().gazetteer.entity(i.entity).name.clone()))
        .collect();
    assert_eq!(us, ["HIMARS"]);
}

#[test]
fn the_supplier_in_a_relative_clause_after_the_used_items_supplied_the_user() {
    cases! {
        "Chile used the rifles that Spain supplied." => ["Spain -supplies-> Chile"];
        "Chilean troops fired the shells Spain had sent last year." => ["Spain -supplies-> Chile"];
        "Bolivia has launched drones which Peru and Spain supplied." => ["Peru -supplies-> Bolivia", "Spain -supplies-> Bolivia"];
        // Items sent to another side went there, not to the user.
        "Chile used rifles that Spain sold to Peru." => ["Spain -supplies-> Peru"];
        // Nor is a clause of another verb, or one after a comma that ends the first, a supply.
        "Chile used rifles that Spain bought." => [];
        "Chile used drones, Spain supplied missiles." => ["Spain -supplies-> -"];
    }
    modal_cases! {
        "Chile used rifles that Spain did not supply." => "Spain -supplies-> Chile", Modality::Negated;
        "Chile may have used rifles that Spain supplied." => "Spain -supplies-> Chile", Modality::Hedged;
    }
}

#[test]
fn whoever_strikes_a_named_side_with_supplied_arms_received_them() {
    modal_cases! {
        "Israel struck Lebanon with GBU-39 bombs supplied by the United States." => "United States -supplies-> Israel", Modality::Asserted;
        "Azerbaijan hit Armenia with Israeli-supplied Harop drones." => "Israel -supplies-> Azerbaijan", Modality::Asserted;
        "The Houthis attacked Saudi Arabia with missiles supplied by Iran." => "Iran -supplies-> Houthis", Modality::Asserted;
        "Pakistan could target India with J-10 jets supplied by China." => "China -supplies-> Pakistan", Modality::Hedged;
        "Sudan has not bombed Chad with drones supplied by the UAE." => "United Arab Emirates -supplies-> Sudan", Modality::Negated;
    }
    // The victim of a passive is no recipient; its agent is (below).
    cases! {
        "Kharkiv was struck with Shahed drones supplied by Iran." => ["Iran -supplies-> -"];
        "Israel was attacked by Yemen with missiles supplied by Iran." => ["Iran -supplies-> Yemen"];
        // a maker is no supplier
        "Russia struck Ukraine with Iranian-made Shahed drones." => [];
    }
}

#[test]
fn whoever_strikes_places_or_things_with_supplied_arms_received_them() {
    modal_cases! {
        // What was struck named with its side's demonym or possessive, or with no side at all.
        "Russia has attacked Ukrainian cities with Iranian-supplied Shahed drones." => "Iran -supplies-> Russia", Modality::Asserted;
        "Russia pounded Ukraine's power grid with drones supplied by Iran." => "Iran -supplies-> Russia", Modality::Asserted;
        "The Houthis have attacked shipping with missiles supplied by Iran." => "Iran -supplies-> Houthis", Modality::Asserted;
        "Sudan's army bombed civilian areas with drones supplied by the UAE." => "United Arab Emirates -supplies-> Sudan", Modality::Asserted;
        "Israel struck Hezbollah positions with US-supplied bombs." => "United States -supplies-> Israel", Modality::Asserted;
        // The striker's attack is its own: no sign the items were fired at it.
        "Russia hit energy infrastructure overnight with Iranian-supplied drones." => "Iran -supplies-> Russia", Modality::Asserted;
        "Russia attacked Kyiv overnight with drones supplied by Iran." => "Iran -supplies-> Russia", Modality::Asserted;
        "Russia did not strike Ukrainian cities with drones supplied by Iran." => "Iran -supplies-> Russia", Modality::Negated;
    }
    cases! {
        // The passive names the victim, with or without a word between.
        "Kyiv has been hit hard with drones supplied by Iran." => ["Iran -supplies-> -"];
        // A participle after what was struck owns the "with": those arms were the victim's.
        "Russia attacked cities defended with US-supplied Patriot missiles." => [];
        "Russia struck Ukrainian positions armed with US-supplied HIMARS." => [];
        // No struck thing: a deal is struck with a partner.
        "Russia struck a deal with Iran supplying drones." => [];
        // Fired at a recipient, the supply is still no fact (negated, below).
        "Ukraine received a barrage of drones from Russia." => [];
    }
    assert_eq!(
        relations("Iran sent drones to Israel that struck Tel Aviv overnight.")[0].modality,
        Modality::Negated
    );
    assert_eq!(
        relations("Ukraine received a barrage of drones from Russia.")[0].modality,
        Modality::Negated
    );
}

#[test]
fn what_was_struck_may_take_an_article_and_be_any_common_target() {
    modal_cases! {
        "Russia attacked a hospital with drones supplied by Iran." => "Iran -supplies-> Russia", Modality::Asserted;
        "Russia pounded the power grid with Iranian-supplied drones." => "Iran -supplies-> Russia", Modality::Asserted;
        "Russia hit the Ukrainian capital with missiles supplied by North Korea." => "North Korea -supplies-> Russia", Modality::Asserted;
        "The Houthis attacked a commercial vessel with drones supplied by Iran." => "Iran -supplies-> Houthis", Modality::Asserted;
        "Russia struck oil refineries with missiles supplied by North Korea." => "North Korea -supplies-> Russia", Modality::Asserted;
    }
    cases! {
        // The article does not open the door to a participle's "with" or to a deal.
        "Russia attacked the city defended with US-supplied Patriot missiles." => [];
        "Russia struck a market deal with Iran supplying drones." => [];
    }
}

#[test]
fn the_agent_of_a_passive_strike_received_the_arms_it_struck_with() {
    modal_cases! {
        "Kyiv was attacked by Russia with drones supplied by Iran." => "Iran -supplies-> Russia", Modality::Asserted;
        "Ukrainian cities were struck by Russia with drones supplied by Iran." => "Iran -supplies-> Russia", Modality::Asserted;
        "Odesa was hit overnight by Russia with Iranian-supplied drones." => "Iran -supplies-> Russia", Modality::Asserted;
        "Kharkiv was not attacked by Russia with drones supplied by Iran." => "Iran -supplies-> Russia", Modality::Negated;
    }
    cases! {
        // No agent: the victim is no recipient.
        "Kyiv was struck with drones supplied by Iran." => ["Iran -supplies-> -"];
        // The agent of a supply is its source, not a striker.
        "Kyiv was supplied by the US with Patriot missiles." => ["United States -supplies-> Ukraine"];
    }
}

#[test]
fn a_struck_place_or_a_place_after_what_was_struck_is_passed_over() {
    cases! {
        // A place as what was struck binds nothing, like any side struck.
        "Moscow bombarded Dnipro with missiles supplied by North Korea." => ["North Korea -supplies-> Russia"];
        "Russia shelled the Ukrainian city of Lviv with drones supplied by Iran." => ["Iran -supplies-> Russia"];
        // A side or place after "in" following what was struck.
        "Russia attacked a school in Lviv with Iranian-supplied drones." => ["Iran -supplies-> Russia"];
        "Israel struck an airport in Syria with bombs supplied by the US." => ["United States -supplies-> Israel"];
        // Any other phrase after "in" still ends the match.
        "Russia attacked a school in the morning with drones supplied by Iran." => ["Iran -supplies-> -"];
        // A place troops leave from was passed over before, and still is.
        "Russia moved troops from Kaliningrad to Belarus." => ["Russia -deploys-> Belarus"];
    }
}

#[test]
fn a_weapon_named_before_what_was_struck_only_modifies_it() {
    cases! {
        // The weapon names what was struck; the items are what the striker struck with.
        "Israel struck weapons depots in Syria with bombs supplied by the US." => ["United States -supplies-> Israel"];
        "Kyiv attacked drone factories in Russia with missiles supplied by Britain." => ["United Kingdom -supplies-> Ukraine"];
        "Ukraine struck Russia's ammunition depots with ATACMS supplied by the US." => ["United States -supplies-> Ukraine"];
        "Russia hit a missile plant in Dnipro with drones supplied by Iran." => ["Iran -supplies-> Russia"];
        // A word that is no struck head after the weapon still ends the match.
        "Russia attacked missile crews in the morning with drones supplied by Iran." => ["Iran -supplies-> -"];
    }
}

#[test]
fn named_waters_where_the_struck_lay_bind_no_one() {
    cases! {
        "The Houthis attacked commercial vessels in the Red Sea with drones supplied by Iran." => ["Iran -supplies-> Houthis"];
        "The Houthis struck tankers in the Gulf of Aden with missiles supplied by Tehran." => ["Iran -supplies-> Houthis"];
        "Ukraine hit ships in the Black Sea with drones supplied by Britain." => ["United Kingdom -supplies-> Ukraine"];
        "The Houthis attacked ships in the Persian Gulf with missiles supplied by Iran." => ["Iran -supplies-> Houthis"];
        // Named waters are no place of a state either: the deployment has its recipient.
        "Russia moved warships from the Black Sea to Syria." => ["Russia -deploys-> Syria"];
        // Uncapitalised words are no named waters.
        "The Houthis attacked vessels in the open sea with drones supplied by Iran." => ["Iran -supplies-> -"];
    }
}

#[test]
fn modifiers_stack_before_and_after_a_struck_weapon_modifier() {
    cases! {
        "Russia pounded critical energy infrastructure with drones supplied by Iran." => ["Iran -supplies-> Russia"];
        "Ukraine struck missile storage sites in Russia with missiles supplied by France." => ["France -supplies-> Ukraine"];
        "Moscow hit drone assembly plants with missiles supplied by Pyongyang." => ["North Korea -supplies-> Russia"];
        "Israel attacked Iranian military production facilities with bombs supplied by Washington." => ["United States -supplies-> Israel"];
        // A modifier is no struck head: what follows "with" is no striker's.
        "Russia attacked critical energy with drones supplied by Iran." => ["Iran -supplies-> -"];
    }
}

#[test]
fn a_side_held_target_may_lie_in_a_place_or_waters() {
    cases! {
        "Ukraine hit Russian ships in the Black Sea with drones supplied by Britain." => ["United Kingdom -supplies-> Ukraine"];
        "Kyiv attacked Russian warships in the Sea of Azov with missiles supplied by London." => ["United Kingdom -supplies-> Ukraine"];
        "Israel bombed Hezbollah depots in Lebanon with munitions supplied by the United States." => ["United States -supplies-> Israel"];
        // Only a place or named waters: another phrase after "in" ends the match.
        "Ukraine hit Russian ships in the dark with drones supplied by Britain." => ["United Kingdom -supplies-> -"];
    }
}

#[test]
fn a_time_of_day_is_passed_over() {
    cases! {
        "Russia attacked Ukraine in the night with drones supplied by Iran." => ["Iran -supplies-> Russia"];
        "Moscow pounded Kharkiv in the early hours of Saturday with missiles supplied by Pyongyang." => ["North Korea -supplies-> Russia"];
        "Russia at dawn deployed more troops to Belarus." => ["Russia -deploys-> Belarus"];
        "Washington this morning sanctioned three Iranian drone makers." => ["United States -sanctions-> Iran"];
    }
}

#[test]
fn an_actors_count_and_standing_come_before_it() {
    cases! {
        "The EU sanctioned three senior Chinese officers." => ["European Union -sanctions-> China"];
        "Britain imposed sanctions on two high-ranking Iranian commanders." => ["United Kingdom -sanctions-> Iran"];
        "Two senior North Korean generals were sanctioned by Seoul." => ["South Korea -sanctions-> North Korea"];
        // Ministers head a demonym as officials do, and share it in a list.
        "Canada sanctioned Russian and Belarusian ministers." => ["Canada -sanctions-> Russia", "Canada -sanctions-> Belarus"];
        // A standing with no actor after it names nobody.
        "Britain sanctioned senior officials." => [];
    }
}

#[test]
fn handing_is_supplying() {
    cases! {
        "Slovakia handed Ukraine its last MiG-29 jets." => ["Slovakia -supplies-> Ukraine"];
        "Norway has handed 12 Leopard tanks to Ukraine." => ["Norway -supplies-> Ukraine"];
        "The court handed down a ruling against Russia's lawyers." => [];
    }
}

#[test]
fn an_organisation_owning_the_items_is_no_recipient() {
    cases! {
        "Russia sent Wagner fighters to Libya." => ["Russia -deploys-> Libya"];
        "Moscow deployed its Wagner mercenaries to Sudan." => ["Russia -deploys-> Sudan"];
        "Wagner fighters were deployed to Mali." => ["Wagner Group -deploys-> Mali"];
        // Without a "to" after the items, the organisation is the recipient.
        "Iran sent Hezbollah rockets." => ["Iran -supplies-> Hezbollah"];
    }
}

#[test]
fn a_subject_who_insists_speaks_of_itself() {
    modal_cases! {
        "Tehran insists it never sold drones to Moscow." => "Iran -supplies-> Russia", Modality::Negated;
        "Beijing maintained that it had not shipped weapons to Russia." => "China -supplies-> Russia", Modality::Negated;
        "Poland stressed it had sent MiG-29 jets to Ukraine." => "Poland -supplies-> Ukraine", Modality::Asserted;
    }
}

#[test]
fn neither_nor_names_both_and_denies_both() {
    let sorted = |text: &str| {
        let mut found = with_modality(text);
        found.sort_by(|a, b| a.0.cmp(&b.0));
        found
    };
    let negated = |r: &str| (r.to_string(), Modality::Negated);
    assert_eq!(
        sorted("Neither Spain nor Italy sent tanks to Ukraine last year."),
        [negated("Italy -supplies-> Ukraine"), negated("Spain -supplies-> Ukraine")]
    );
    assert_eq!(
        sorted("Russia supplied neither Iran nor Syria with S-400 systems."),
        [negated("Russia -supplies-> Iran"), negated("Russia -supplies-> Syria")]
    );
}

/// A list member the gazetteer does not know ("spare parts") does not cut the list off from the
/// rule's next word; a predicate after "and" is no list member.
#[test]
fn an_unknown_list_member_keeps_the_recipient() {
    cases! {
        "China is sending drones and spare parts to Russia." => ["China -supplies-> Russia"];
        "Belarus sold rifles and night vision goggles to Myanmar." => ["Belarus -supplies-> Myanmar"];
        "Iran shipped missiles, fuel and food to the Houthis." => ["Iran -supplies-> Houthis"];
        "North Korea has received air defence systems and technical expertise from Russia."
            => ["Russia -supplies-> North Korea"];
        // with a count or a model number of its own
        "Peru sent howitzers and 40 generators to Bolivia." => ["Peru -supplies-> Bolivia"];
        "Serbia sold rifles and 1,200 helmets to Chad." => ["Serbia -supplies-> Chad"];
        "Belarus shipped drones and Ural-4320 trucks to Sudan." => ["Belarus -supplies-> Sudan"];
        "Norway sent howitzers and X200 radios to Estonia." => ["Norway -supplies-> Estonia"];
        // Predicates after "and", not list members.
        "The US sent tanks and agreed to Poland's request for jets." => ["United States -supplies-> -"];
        "Britain sent missiles and will talk to Poland about jets." => ["United Kingdom -supplies-> -"];
    }
}

#[test]
fn aspect_verbs_before_a_gerund_are_passed_over() {
    modal_cases! {
        "Belarus continued sending artillery shells to Russia." => "Belarus -supplies-> Russia", Modality::Asserted;
        "Iran resumed shipping drones to Sudan last month." => "Iran -supplies-> Sudan", Modality::Asserted;
        "Turkey kept selling Bayraktar drones to Ethiopia." => "Turkey -supplies-> Ethiopia", Modality::Asserted;
        "Pakistan could start supplying artillery shells to Ukraine." => "Pakistan -supplies-> Ukraine", Modality::Hedged;
        // the verb that ends the flow is also a negation cue
        "China has stopped supplying drones to Russia." => "China -supplies-> Russia", Modality::Negated;
        "Serbia ceased exporting ammunition to Ukraine." => "Serbia -supplies-> Ukraine", Modality::Negated;
    }
}

#[test]
fn arms_supplied_by_one_side_and_used_by_another_were_received() {
    cases! {
        "Drones supplied by Turkey were used by Azerbaijan in the 2020 war." => ["Turkey -supplies-> Azerbaijan"];
        "Rockets supplied by Iran have been fired by Hezbollah at Israel." => ["Iran -supplies-> Hezbollah"];
        // shooting down is no use of one's own arms
        "Drones supplied by Iran were shot down by Ukraine." => ["Iran -supplies-> -"];
    }
}

#[test]
fn an_item_list_does_not_run_past_a_comma_into_the_next_clause() {
    // "according to" names a source, not where the items went.
    cases! {
        "Belarus sent artillery shells, according to Polish intelligence." => ["Belarus -supplies-> -"];
        "Belarus sent artillery shells, according to US officials." => ["Belarus -supplies-> -"];
        "Belarus sent artillery shells to Russia, according to Polish intelligence." => ["Belarus -supplies-> Russia"];
    }
    // The verb after the comma is the main clause's, and its hedge is not the relative clause's.
    modal_cases! {
        "Iran, which has supplied Russia with drones, warned Israel against strikes." => "Iran -supplies-> Russia", Modality::Asserted;
    }
}

#[test]
fn blocking_a_sale_is_a_negated_supply() {
    modal_cases! {
        "Ottawa blocked the sale of LAV armoured vehicles to Riyadh." => "Canada -supplies-> Saudi Arabia", Modality::Negated;
        "Madrid vetoed the sale of Leopard 2 tanks to Morocco." => "Spain -supplies-> Morocco", Modality::Negated;
    }
}

#[test]
fn quantifiers_before_sanctions_and_being_subject_to_them() {
    modal_cases! {
        "Brussels eased some sanctions on Belarus in May." => "European Union -sanctions-> Belarus", Modality::Negated;
        "Canada kept several sanctions on Venezuela in place." => "Canada -sanctions-> Venezuela", Modality::Asserted;
        "Eritrea is subject to UN sanctions over its support for militants." => "United Nations -sanctions-> Eritrea", Modality::Asserted;
        "Cuba remains subject to US sanctions." => "United States -sanctions-> Cuba", Modality::Asserted;
    }
}

#[test]
fn a_weapon_after_anti_is_what_counters_it() {
    assert_eq!(item_names("Canada sent anti-tank weapons to Ukraine."), vec!["anti-tank weapons"]);
    assert_eq!(
        item_names("Japan sent anti-drone systems to Ukraine."),
        vec!["counter-drone systems"]
    );
    assert_eq!(item_names("Finland sent anti-radiation missiles to Ukraine."), vec!["missiles"]);
    // Nets against drones are no weapons of any kind.
    assert!(relations("Latvia sent anti-drone nets to Ukraine.").is_empty());
}

#[test]
fn forces_rushed_or_surged_and_arms_funnelled_are_moved() {
    cases! {
        "Moscow rushed reinforcements to Belarus." => ["Russia -deploys-> Belarus"];
        "The UK surged fighter jets to Cyprus last week." => ["United Kingdom -deploys-> Cyprus"];
        "Iran funnels rockets to Hamas through tunnels." => ["Iran -supplies-> Hamas"];
        "Tehran channelled drones to the Houthis by sea." => ["Iran -supplies-> Houthis"];
    }
}

#[test]
fn not_yet_and_yet_to_are_negations_and_a_conjoined_yet_ends_their_reach() {
    modal_cases! {
        "Spain has yet to send Leopard tanks to Ukraine." => "Spain -supplies-> Ukraine", Modality::Negated;
        "Italy is yet to deliver SAMP/T systems to Ukraine." => "Italy -supplies-> Ukraine", Modality::Negated;
        "Belarus has not yet sent troops to Russia." => "Belarus -deploys-> Russia", Modality::Negated;
    }
    holds_with_modality! {
        "Egypt never sent rockets to Russia and yet shipped shells to Russia." => "Egypt -supplies-> Russia", Modality::Asserted;
    }
}

#[test]
fn weighing_whether_to_act_is_a_hedge_on_the_act() {
    modal_cases! {
        "Paris is weighing whether to send Mirage jets to Ukraine." => "France -supplies-> Ukraine", Modality::Hedged;
        "Seoul is considering whether to supply artillery shells to Poland." => "South Korea -supplies-> Poland", Modality::Hedged;
        "Brussels is debating whether to impose sanctions on Georgia." => "European Union -sanctions-> Georgia", Modality::Hedged;
        "Britain was deciding whether to deploy warships to Cyprus." => "United Kingdom -deploys-> Cyprus", Modality::Hedged;
    }
}

#[test]
fn a_leader_who_says_he_will_act_is_the_subject() {
    modal_cases! {
        "Erdogan said he would send Bayraktar drones to Azerbaijan." => "Turkey -supplies-> Azerbaijan", Modality::Hedged;
        "Lukashenko said that he had deployed troops to Russia." => "Belarus -deploys-> Russia", Modality::Asserted;
        "Meloni said she would not send Italian troops to Ukraine." => "Italy -deploys-> Ukraine", Modality::Negated;
        // Another's act he expects is no fact yet.
        "Zelensky said he expected Spain to deliver Patriot missiles." => "Spain -supplies-> -", Modality::Hedged;
    }
}

#[test]
fn no_longer_is_a_negation_between_subject_and_verb() {
    modal_cases! {
        "Turkey no longer supplies drones to Ethiopia." => "Turkey -supplies-> Ethiopia", Modality::Negated;
    }
}

#[test]
fn visa_restrictions_and_entry_bans_are_sanctions() {
    cases! {
        "Washington imposed visa restrictions on Ugandan officials." => ["United States -sanctions-> Uganda"];
        "Lithuania announced entry bans against Belarusian judges." => ["Lithuania -sanctions-> Belarus"];
    }
}

#[test]
fn entry_banned_or_denied_to_a_side_is_a_sanction_and_no_denial() {
    // The ban named by its verb, with "entry" or "from entering" after it; "denied entry" is the
    // refusal itself, not a denial that negates it.
    modal_cases! {
        "Lithuania banned entry to Belarusian judges." => "Lithuania -sanctions-> Belarus", Modality::Asserted;
        "Estonia has barred entry for Russian lawmakers." => "Estonia -sanctions-> Russia", Modality::Asserted;
        "Latvia denied entry to Belarusian officials." => "Latvia -sanctions-> Belarus", Modality::Asserted;
        "Latvia refused Lukashenko entry." => "Latvia -sanctions-> Alexander Lukashenko", Modality::Asserted;
        "Poland barred Belarusian judges from entering the country." => "Poland -sanctions-> Belarus", Modality::Asserted;
        "Lithuania may ban entry to Belarusian judges." => "Lithuania -sanctions-> Belarus", Modality::Hedged;
        "Latvia has not denied entry to Belarusian officials." => "Latvia -sanctions-> Belarus", Modality::Negated;
        // Nor does "denied entry" deny a claim after it.
        "After Latvia denied entry to its officials, Belarus sanctioned Latvian banks." => "Belarus -sanctions-> Latvia", Modality::Asserted;
    }
    cases! {
        "Latvia added Belarusian officials to its stop list." => ["Latvia -sanctions-> Belarus"];
        // Goods or weapons denied are no entry ban.
        "Latvia denied Belarus weapons." => [];
        "Poland barred Belarusian trucks from its roads." => [];
    }
}

#[test]
fn a_base_at_a_named_place_in_a_country_is_a_deployment() {
    cases! {
        "Russia operates an air base at Hmeimim in Syria." => ["Russia -deploys-> Syria"];
        "The US operates a drone base at Agadez in Niger." => ["United States -deploys-> Niger"];
    }
}

#[test]
fn the_subject_of_a_passive_verb_receives_and_never_acts() {
    // Without a named giver there is no relation at all, and never one from the recipient.
    assert_eq!(
        asserted("Moldova has been given 40 armoured vehicles by its partners."),
        Vec::<String>::new()
    );
    assert_eq!(asserted("Georgia was reportedly sold Javelin missiles."), Vec::<String>::new());
    cases! {
        "Jordan was sent 12 Black Hawk helicopters by Washington." => ["United States -supplies-> Jordan"];
        "Kenya has been given armoured vehicles by Britain." => ["United Kingdom -supplies-> Kenya"];
        // Active progressive and "is to" stay active.
        "Belarus has been sending fuel trucks and drones to Russia." => ["Belarus -supplies-> Russia"];
        "Norway is to supply Ukraine with NASAMS." => ["Norway -supplies-> Ukraine"];
    }
}

#[test]
fn donors_export_licences_and_phasing_out() {
    cases! {
        "France is Armenia's main arms donor." => ["France -supplies-> Armenia"];
    }
    modal_cases! {
        "Italy suspended arms export licences to Turkey." => "Italy -supplies-> Turkey", Modality::Negated;
        "Norway granted export licences for missiles to Poland." => "Norway -supplies-> Poland", Modality::Asserted;
        "Australia will phase out sanctions on Fiji." => "Australia -sanctions-> Fiji", Modality::Negated;
        "Japan refused to phase out sanctions on North Korea." => "Japan -sanctions-> North Korea", Modality::Asserted;
    }
}

#[test]
fn an_anaphor_opening_a_paragraph_refers_to_that_paragraphs_opener() {
    let text = "Emmanuel Macron visited Kyiv on Monday. He announced new sanctions on Russia.\n\n\
                Recep Tayyip Erdogan met Ilham Aliyev in Baku. He sent Bayraktar drones to Azerbaijan.";
    assert_eq!(in_sentence(text, 3), vec!["Turkey -supplies-> Azerbaijan"]);
}

#[test]
fn firms_counted_in_words_are_passed_over_to_their_home() {
    cases! {
        "Washington sanctioned four companies in the United Arab Emirates." => ["United States -sanctions-> United Arab Emirates"];
        "Britain blacklisted twelve individuals based in Belarus." => ["United Kingdom -sanctions-> Belarus"];
        "Japan sanctioned three banks and individuals in Iran and Syria." => ["Japan -sanctions-> Iran", "Japan -sanctions-> Syria"];
        "Australia designated a number of entities in Myanmar." => ["Australia -sanctions-> Myanmar"];
        // A count of something else is not passed over.
        "Canada sanctioned two ships in Cuba." => [];
    }
}

#[test]
fn a_subject_ranked_among_its_peers_acts() {
    cases! {
        "Estonia was the first NATO member to deliver howitzers to Ukraine." => ["Estonia -supplies-> Ukraine"];
        "Spain and Italy are the only Western allies to have sent tanks to Morocco." => ["Spain -supplies-> Morocco", "Italy -supplies-> Morocco"];
        "Latvia is one of the few European states to supply Ukraine with Stinger missiles." => ["Latvia -supplies-> Ukraine"];
        "Iceland was among the first to impose sanctions on Belarus." => ["Iceland -sanctions-> Belarus"];
        // A rank without "to" and its verb leaves the words in the way.
        "Finland was the first country whose tanks went to Ukraine." => [];
    }
    modal_cases! {
        "Austria is the only EU member state to have refused to send weapons to Ukraine." => "Austria -supplies-> Ukraine", Modality::Negated;
    }
}

#[test]
fn a_buyers_purchase_names_its_seller() {
    cases! {
        "Vietnam's purchase of Russian Su-30 fighter jets worried its neighbours." => ["Russia -supplies-> Vietnam"];
        "Greece's acquisition of Rafale jets from France was completed in 2023." => ["France -supplies-> Greece"];
        "Serbia's drone purchases from China drew criticism." => ["China -supplies-> Serbia"];
        "The purchase of Chinese drones by Algeria went ahead." => ["China -supplies-> Algeria"];
        "The acquisition of HIMARS launchers by Estonia from the United States was finalised." => ["United States -supplies-> Estonia"];
        // A purchase of something that is not a weapon is no supply.
        "Hungary's purchase of Russian gas continued." => [];
    }
    modal_cases! {
        "Morocco's planned purchase of Apache helicopters from the United States was delayed." => "United States -supplies-> Morocco", Modality::Hedged;
    }
}

#[test]
fn a_transfer_may_name_its_supplier_with_by() {
    cases! {
        "The delivery of Leopard tanks to Ukraine by Norway began in the spring." => ["Norway -supplies-> Ukraine"];
        "The sale of Bayraktar drones by Turkey to Kenya was confirmed." => ["Turkey -supplies-> Kenya"];
    }
    // The agent of a cue that is a participle blocked or asked; it did not supply, not even in
    // a negated or hedged relation.
    for text in [
        "The transfer of howitzers to Ukraine was blocked by Hungary.",
        "The delivery of Patriot systems to Ukraine was urged by Lithuania.",
    ] {
        assert_eq!(with_modality(text), vec![], "sentence: {text}");
    }
}

#[test]
fn platforms_sent_for_exercises_are_deployed() {
    modal_cases! {
        "France sent two Rafale jets to India for joint drills." => "France -deploys-> India", Modality::Asserted;
        "Japan dispatched destroyers to the Philippines to take part in naval exercises." => "Japan -deploys-> Philippines", Modality::Asserted;
        "Britain may send Typhoon jets to Poland for exercises." => "United Kingdom -deploys-> Poland", Modality::Hedged;
        // So are ships sent on a port call or visit.
        "Spain sent two frigates to Morocco for a port call." => "Spain -deploys-> Morocco", Modality::Asserted;
        "South Korea will send a destroyer to Peru on a port visit." => "South Korea -deploys-> Peru", Modality::Asserted;
        // Training is no exercise: jets sent for training may be handed over.
        "Norway sent F-16 jets to Ukraine for training." => "Norway -supplies-> Ukraine", Modality::Asserted;
        // Drills in another clause are not the purpose of the sending.
        "Canada sent Leopard tanks to Ukraine, and Latvia held drills." => "Canada -supplies-> Ukraine", Modality::Asserted;
    }
}

#[test]
fn a_target_list_stops_before_the_next_clauses_verb() {
    cases! {
        "Spain sent howitzers to Ukraine and Russia held drills." => ["Spain -supplies-> Ukraine"];
        "Italy sent tanks to Ukraine, and Hungary said it would object." => ["Italy -supplies-> Ukraine"];
        "Sweden sent howitzers to Ukraine and Moscow warned of consequences." => ["Sweden -supplies-> Ukraine"];
        // A list that goes on, or ends before an aside, is whole.
        "Spain sent howitzers to Ukraine, Moldova and Georgia." => ["Spain -supplies-> Ukraine", "Spain -supplies-> Moldova", "Spain -supplies-> Georgia"];
        "Italy sent tanks to Ukraine and Moldova, officials said." => ["Italy -supplies-> Ukraine", "Italy -supplies-> Moldova"];
    }
}

#[test]
fn a_participle_describing_the_listed_actors_keeps_the_list_whole() {
    cases! {
        // "based" anchors deployment rules, but before a preposition it describes the list.
        "Canada imposed sanctions on Syria and Iran based on their support for militias." => ["Canada -sanctions-> Syria", "Canada -sanctions-> Iran"];
        "Spain sent howitzers to Moldova and Georgia based on requests from both." => ["Spain -supplies-> Moldova", "Spain -supplies-> Georgia"];
        // With an object the same word is the next clause's verb.
        "Norway sent rifles to Ukraine and Poland armed the volunteers." => ["Norway -supplies-> Ukraine"];
    }
}

#[test]
fn class_nouns_after_a_designation_keep_the_recipient_in_reach() {
    // The class noun ("light attack aircraft") is a gazetteer alias, so the list goes on to the
    // recipient rather than stopping at words it cannot place.
    cases! {
        "Brazil sold 12 Super Tucano light attack aircraft to Nigeria." => ["Brazil -supplies-> Nigeria"];
        "Seoul delivered FA-50 combat jets to Warsaw." => ["South Korea -supplies-> Poland"];
    }
}

#[test]
fn a_repeated_preposition_continues_the_list() {
    cases! {
        "Belarus sent shells to Russia and to the Houthis." => ["Belarus -supplies-> Russia", "Belarus -supplies-> Houthis"];
        "Canada imposed sanctions on Belarus and on Syria." => ["Canada -sanctions-> Belarus", "Canada -sanctions-> Syria"];
        "Britain stationed troops in Estonia and in Latvia." => ["United Kingdom -deploys-> Estonia", "United Kingdom -deploys-> Latvia"];
        "Japan sanctioned banks in Iran and in Syria." => ["Japan -sanctions-> Iran", "Japan -sanctions-> Syria"];
        // Only the list's own preposition: "to date" is no recipient, "in return" no target.
        "Spain sent tanks to Ukraine and to date has sent nothing else." => ["Spain -supplies-> Ukraine"];
        "Canada imposed sanctions on Belarus and in March added more." => ["Canada -sanctions-> Belarus"];
    }
}

#[test]
fn a_word_of_time_before_the_repeated_preposition_orders_the_list() {
    cases! {
        "Chile sold rifles to Peru, then to Bolivia." => ["Chile -supplies-> Peru", "Chile -supplies-> Bolivia"];
        "Norway sent howitzers first to Chad, then to Niger, and later to Mali." => ["Norway -supplies-> Chad", "Norway -supplies-> Niger", "Norway -supplies-> Mali"];
        "Spain deployed troops to Chad and eventually to Niger." => ["Spain -deploys-> Chad", "Spain -deploys-> Niger"];
        "Canada imposed sanctions on Serbia and later on Burundi." => ["Canada -sanctions-> Serbia", "Canada -sanctions-> Burundi"];
        // A hedge is no word of time: the member after it is not asserted with the first.
        "Chile sold rifles to Peru and possibly to Bolivia." => ["Chile -supplies-> Peru"];
        // Without the preposition the word may open a clause with a subject of its own.
        "Chile sold rifles to Peru, then Bolivia bought tanks." => ["Chile -supplies-> Peru"];
    }
}

#[test]
fn counted_firms_and_fleets_name_their_home() {
    cases! {
        "Canada sanctioned 25 more entities in Iran." => ["Canada -sanctions-> Iran"];
        "Japan sanctioned 11 additional companies in China and Turkey." => ["Japan -sanctions-> China", "Japan -sanctions-> Turkey"];
        // A fleet is its owner's, as a sector is: "sanctions on Iran's shadow fleet".
        "Sanctions on Iran's shadow fleet were imposed by Canada." => ["Canada -sanctions-> Iran"];
        "Britain imposed sanctions on Iran's ghost fleet." => ["United Kingdom -sanctions-> Iran"];
    }
}

#[test]
fn a_flow_named_by_its_items_takes_its_supplier_from_by() {
    cases! {
        "Arms deliveries to Ukraine by Norway resumed in spring." => ["Norway -supplies-> Ukraine"];
        "Weapons sales by France to Egypt have grown." => ["France -supplies-> Egypt"];
        // "by" with no actor after it names no supplier.
        "Arms deliveries to Ukraine by rail were delayed." => [];
    }
    cases! {
        "Sanctions targeting Syria were announced by Japan." => ["Japan -sanctions-> Syria"];
    }
}

#[test]
fn attempts_hedge_and_refused_calls_negate() {
    modal_cases! {
        "Iran tried to buy fighter jets from Russia." => "Russia -supplies-> Iran", Modality::Hedged;
        "Venezuela sought to acquire drones from Iran." => "Iran -supplies-> Venezuela", Modality::Hedged;
        "The Houthis attempted to smuggle missiles to Hamas." => "Houthis -supplies-> Hamas", Modality::Hedged;
        "Italy rejected calls to send Storm Shadow missiles to Ukraine." => "Italy -supplies-> Ukraine", Modality::Negated;
        "Austria has resisted pressure to sanction Russia." => "Austria -sanctions-> Russia", Modality::Negated;
        "Paris rebuffed requests to deliver tanks to Kyiv." => "France -supplies-> Ukraine", Modality::Negated;
        "Tokyo is under pressure to supply shells to Kyiv." => "Japan -supplies-> Ukraine", Modality::Hedged;
    }
}

#[test]
fn a_refused_request_with_a_determiner_or_demonym_between_is_the_refusers_act() {
    modal_cases! {
        "Spain rejected a request to sell rifles to Chad." => "Spain -supplies-> Chad", Modality::Negated;
        "Norway refused the Chilean request to sell howitzers to Peru." => "Norway -supplies-> Peru", Modality::Negated;
        "Belgium turned down repeated calls to send jets to Mali." => "Belgium -supplies-> Mali", Modality::Negated;
        "Peru declined a request to deploy troops to Bolivia." => "Peru -deploys-> Bolivia", Modality::Negated;
        "Serbia rebuffed fresh Spanish pleas to sanction Chad." => "Serbia -sanctions-> Chad", Modality::Negated;
    }
    // A side named by its name before the request may be the one that would act: no relation.
    assert_eq!(with_modality("Spain rejected Peru's request to sell rifles to Chad."), vec![]);
}

#[test]
fn an_adverb_after_and_still_opens_a_predicate_of_its_own() {
    // The refusal's list ends at the new verb: the tanks were sent, not refused, and the refused
    // sale names no recipient.
    for (text, refused, shipped) in [
        (
            "Spain refused to sell rifles and then sent tanks to Chad.",
            "Spain -supplies-> -",
            "Spain -supplies-> Chad",
        ),
        (
            "Norway refused to deploy troops and instead shipped rifles to Mali.",
            "Norway -deploys-> -",
            "Norway -supplies-> Mali",
        ),
    ] {
        let want = owned(&[(refused, Modality::Negated), (shipped, Modality::Asserted)]);
        assert_eq!(with_modality(text), want, "{text}");
    }
    assert_eq!(
        item_names("Spain refused to sell rifles and then sent tanks to Chad."),
        ["rifles", "tanks"]
    );
    // Nothing promised: the shipment is the only relation.
    modal_cases! {
        "Chile promised to help and later shipped rifles to Bolivia." => "Chile -supplies-> Bolivia", Modality::Asserted;
        "Chile promised help and then quietly shipped rifles to Bolivia." => "Chile -supplies-> Bolivia", Modality::Asserted;
    }
    // After a finite verb the two predicates still share the recipient.
    assert_eq!(item_names("Spain sold rifles and then sent tanks to Chad."), ["rifles", "tanks"]);
}

#[test]
fn a_verb_after_a_comma_and_then_is_the_subjects_own_predicate() {
    // The subject reaches it, as it reaches one after "and then".
    modal_cases! {
        "Chile built drones, then shipped them to Bolivia." => "Chile -supplies-> Bolivia", Modality::Asserted;
        "Norway paused exports, then resumed shipping rifles to Peru." => "Norway -supplies-> Peru", Modality::Asserted;
    }
    // And the cues before it do not.
    assert_eq!(
        with_modality("Chile did not sell rifles to Peru, then sent tanks to Bolivia."),
        owned(&[
            ("Chile -supplies-> Peru", Modality::Negated),
            ("Chile -supplies-> Bolivia", Modality::Asserted)
        ])
    );
}

#[test]
fn a_bare_verb_after_and_then_shares_the_auxiliary_before_it() {
    for text in [
        "Chile may sell rifles to Peru and then send tanks to Bolivia.",
        "Chile could sell rifles to Peru, then later send tanks to Bolivia.",
    ] {
        let want = owned(&[
            ("Chile -supplies-> Peru", Modality::Hedged),
            ("Chile -supplies-> Bolivia", Modality::Hedged),
        ]);
        assert_eq!(with_modality(text), want, "{text}");
    }
    // A finite verb there is a fact of its own, and so is a bare one after a contrast.
    for text in [
        "Chile may sell rifles to Peru and then sent tanks to Bolivia.",
        "Chile will not sell rifles to Peru but send tanks to Bolivia.",
    ] {
        let cue = if text.contains("not") { Modality::Negated } else { Modality::Hedged };
        let want = owned(&[
            ("Chile -supplies-> Peru", cue),
            ("Chile -supplies-> Bolivia", Modality::Asserted),
        ]);
        assert_eq!(with_modality(text), want, "{text}");
    }
}

#[test]
fn orders_name_a_supplier_or_commit_forces() {
    cases! {
        "Norway ordered 54 Leopard tanks from Germany." => ["Germany -supplies-> Norway"];
        "Macron ordered troops into Niger." => ["France -deploys-> Niger"];
        "Erdogan ordered new sanctions on Israel." => ["Turkey -sanctions-> Israel"];
        // Forces withdrawn are deployed to no one, and "from" names no supplier of them.
        "Macron ordered the withdrawal of troops from Mali." => [];
        "Washington announced a pullout of troops from Iraq to Kuwait." => [];
        // Forces ordered "from" a place are commanded where they are, not bought from it; the
        // weapons of the same order still are.
        "Moscow ordered troops from Belarus to Kursk." => [];
        "Paris ordered its soldiers back from Chad." => [];
        "Egypt ordered 24 Rafale jets and military advisers from France." => ["France -supplies-> Egypt"];
    }
}

#[test]
fn forces_on_their_way_back_leave_a_place_that_supplies_nothing() {
    cases! {
        "Macron ordered French troops withdrawn from Niger." => [];
        "Biden ordered the soldiers pulled out of Syria." => [];
        // They may still be sent on, and a weapon withdrawn from service is still a weapon.
        "Turkey sent troops recalled from Qatar to Libya." => ["Turkey -deploys-> Libya"];
        "Britain moved Typhoon jets withdrawn from Cyprus to Estonia." => ["United Kingdom -deploys-> Estonia"];
        "Spain sent withdrawn Leopard 2 tanks to Ukraine." => ["Spain -supplies-> Ukraine"];
    }
}

#[test]
fn promises_commit_arms_as_pledges_do() {
    cases! {
        "Italy promised SAMP/T systems to Ukraine." => ["Italy -supplies-> Ukraine"];
        "Denmark promised Kyiv 19 F-16 jets." => ["Denmark -supplies-> Ukraine"];
        "Britain pledged Ukraine 14 Challenger 2 tanks." => ["United Kingdom -supplies-> Ukraine"];
        "Washington promised Warsaw more Patriots." => ["United States -supplies-> Poland"];
    }
    modal_cases! {
        "Sweden promised not to send Gripen jets to Ukraine." => "Sweden -supplies-> Ukraine", Modality::Negated;
    }
}

#[test]
fn a_passive_deployment_names_the_deployer_after_by() {
    cases! {
        "Two NASAMS batteries were deployed to Estonia by Norway." => ["Norway -deploys-> Estonia"];
        "HIMARS launchers were deployed by the United States to Latvia." => ["United States -deploys-> Latvia"];
        "About 900 soldiers were stationed in Niger by France." => ["France -deploys-> Niger"];
        "Troops were deployed to Lithuania by Germany and Canada." => ["Germany -deploys-> Lithuania", "Canada -deploys-> Lithuania"];
        // "by" naming a means, not an actor
        "The soldiers were deployed to Latvia by rail." => [];
    }
    modal_cases! {
        "No troops were deployed to Moldova by Romania." => "Romania -deploys-> Moldova", Modality::Negated;
        "Tanks could be deployed to Finland by Sweden." => "Sweden -deploys-> Finland", Modality::Hedged;
    }
}

/// What a package includes is read even where the package is itself named as aid ("a military
/// aid package for Ukraine that includes…"): its contents, not the word for it, are the items.
#[test]
fn a_package_named_as_aid_still_yields_what_it_includes() {
    cases! {
        "Canada unveiled a military aid package for Ukraine that includes NASAMS." => ["Canada -supplies-> Ukraine"];
        "Norway's newest security assistance package for Ukraine includes CV90 vehicles." => ["Norway -supplies-> Ukraine"];
    }
    assert_eq!(
        item_names("Canada unveiled a military aid package for Ukraine that includes NASAMS."),
        ["NASAMS"]
    );
    assert_eq!(
        item_names(
            "Norway's newest security assistance package for Ukraine includes CV90 vehicles."
        ),
        ["CV90"]
    );
    assert_eq!(
        item_names("Washington approved a security assistance package for Taiwan that includes Stinger missiles and Javelin missiles."),
        ["Stinger", "Javelin"]
    );
    // Without a list of contents the package is the item.
    assert_eq!(item_names("Italy approved a military aid package for Ukraine."), ["military aid"]);
}

/// A package's contents are read after "which" as after "that", and a package that is sent, not
/// only pledged, yields what it includes; the package alone names no weapon.
#[test]
fn a_package_sent_or_pledged_yields_what_it_includes_after_which() {
    cases! {
        "Spain approved a package for Ukraine which includes Hawk missiles." => ["Spain -supplies-> Ukraine"];
        "Canada shipped a package to Latvia that includes Javelin missiles." => ["Canada -supplies-> Latvia"];
        "Norway delivered a new package to Kyiv which contains NASAMS launchers." => ["Norway -supplies-> Ukraine"];
        "Italy sent a package to Tunisia which includes tents and blankets." => [];
        "Japan sent a message to China which included a warning." => [];
    }
    assert_eq!(
        item_names("Spain approved a package for Ukraine which includes Hawk missiles."),
        ["MIM-23 Hawk"]
    );
    modal_cases! {
        "Sweden sent a package to Ukraine which does not include Gripen jets." => "Sweden -supplies-> Ukraine", Modality::Negated;
        "Denmark unveiled a package for Ukraine which would include F-16 jets." => "Denmark -supplies-> Ukraine", Modality::Hedged;
    }
}

/// A promise in the passive names the recipient first and the one who promised after "by"
/// ("Taiwan was promised F-16s by Washington"); a promise of no weapon is none.
#[test]
fn a_passive_promise_names_the_supplier_after_by() {
    cases! {
        "Estonia was promised HIMARS launchers by the United States." => ["United States -supplies-> Estonia"];
        "Morocco has been pledged Patriot missiles by Washington." => ["United States -supplies-> Morocco"];
        "Georgia was promised support by the European Union." => [];
    }
    modal_cases! {
        "Finland was never promised F-35 jets by Washington." => "United States -supplies-> Finland", Modality::Negated;
    }
}

/// Sanctions name their targets by count and home ("more than 500 targets in Russia"): the home
/// is the target, as it is for firms; officials and armed groups are placed, not owned.
#[test]
fn sanctioned_targets_and_persons_name_their_home() {
    cases! {
        "Canada imposed sanctions on more than 300 targets in Belarus on Tuesday." => ["Canada -sanctions-> Belarus"];
        "Australia sanctioned 14 persons in Myanmar." => ["Australia -sanctions-> Myanmar"];
        "Japan sanctioned oligarchs and institutions in Russia." => ["Japan -sanctions-> Russia"];
        "Iran shipped rockets to armed groups in Iraq." => ["Iran -supplies-> -"];
    }
}

/// The people sanctions name by their home demonym, plural or single, stand for that home as
/// officials and oligarchs do: settlers, billionaires, a tycoon, a judge, a diplomat, a banker.
#[test]
fn sanctioned_people_named_by_a_demonym_stand_for_their_home() {
    cases! {
        "Canada sanctioned four Israeli settlers accused of violence against Palestinians." => ["Canada -sanctions-> Israel"];
        "Britain imposed sanctions on Israeli settlers over attacks in the West Bank." => ["United Kingdom -sanctions-> Israel"];
        "The United States sanctioned two Russian billionaires close to the Kremlin." => ["United States -sanctions-> Russia"];
        "The EU sanctioned a Russian tycoon and a Belarusian judge." => ["European Union -sanctions-> Russia", "European Union -sanctions-> Belarus"];
        "Washington sanctioned an Iranian diplomat and two Iranian bankers." => ["United States -sanctions-> Iran"];
        "Israeli settlers attacked a Palestinian village on Friday." => [];
    }
}

#[test]
fn a_demonym_before_a_noun_of_the_rules_is_the_side_that_acts() {
    cases! {
        "Japanese sanctions on North Korea took effect." => ["Japan -sanctions-> North Korea"];
        "Canada welcomed new Australian sanctions against Iran." => ["Australia -sanctions-> Iran"];
        "The Polish purchase of K2 tanks from South Korea was signed." => ["South Korea -supplies-> Poland"];
        // without a target after the noun the demonym names no side that acts
        "Investors expect Russian sanctions to be lifted soon." => [];
    }
}

#[test]
fn a_plural_demonym_is_the_people_and_stands_for_its_state() {
    cases! {
        // a listed plural ("Iranian|Iranians") is a noun wherever it stands
        "The Iranians have shipped hundreds of drones to Russia." => ["Iran -supplies-> Russia"];
        "Denmark handed F-16 jets to the Ukrainians in August." => ["Denmark -supplies-> Ukraine"];
        "Britain sanctioned six Russians over the poisoning." => ["United Kingdom -sanctions-> Russia"];
        // a demonym that is its own plural, after "the" and before a plural verb
        "The Chinese have sent drones to Russia." => ["China -supplies-> Russia"];
        "The Sudanese sold rifles to Chad." => ["Sudan -supplies-> Chad"];
        // before a singular verb it is one person, and the singular still modifies its noun
        "The Sudanese has sold rifles to Chad." => [];
        "Turkey sold the Sudanese army drones." => ["Turkey -supplies-> Sudan"];
    }
}

#[test]
fn measures_extended_to_a_side_sanction_it() {
    cases! {
        "Norway extended its sanctions to two Iranian airlines." => ["Norway -sanctions-> Iran"];
        "Switzerland applied the same sanctions to Belarusian officials." => ["Switzerland -sanctions-> Belarus"];
        // a date after "to" is no side
        "The EU extended sanctions on Russia to 2026." => ["European Union -sanctions-> Russia"];
    }
    modal_cases! {
        "Japan has not extended sanctions to India." => "Japan -sanctions-> India", Modality::Negated;
    }
}

#[test]
fn a_count_or_article_inside_a_list_of_sides_does_not_end_it() {
    cases! {
        "Canada sanctioned two Iranian banks and one Syrian airline." => ["Canada -sanctions-> Iran", "Canada -sanctions-> Syria"];
        "Japan blacklisted Belarus and a Chinese shipping company." => ["Japan -sanctions-> Belarus", "Japan -sanctions-> China"];
        "Ukraine received shells from Poland and 12 Czech firms." => ["Poland -supplies-> Ukraine", "Czech Republic -supplies-> Ukraine"];
        // a count of items after "and" is still no side
        "Norway sent Ukraine 20 howitzers and 12 tanks." => ["Norway -supplies-> Ukraine"];
    }
}

/// "A, B and <something that is no side>": the commas coordinated A and B, so each is a target
/// though the list closes on a member the gazetteer does not name.
#[test]
fn a_list_closing_on_an_unnamed_member_keeps_its_named_members() {
    cases! {
        "Canada sanctioned Syria, Venezuela and a network of oil traders." => ["Canada -sanctions-> Syria", "Canada -sanctions-> Venezuela"];
        "Japan imposed sanctions on Myanmar, Belarus and an airline in Dubai." => ["Japan -sanctions-> Myanmar", "Japan -sanctions-> Belarus"];
        // after an article a verb's form is a noun: "a shipping firm"
        "Australia blacklisted Iran, North Korea and a shipping firm." => ["Australia -sanctions-> Iran", "Australia -sanctions-> North Korea"];
        // the list's members share the verb before a second predicate
        "Britain sanctioned Cuba, Nicaragua and imposed export controls on China." => ["United Kingdom -sanctions-> Cuba", "United Kingdom -sanctions-> Nicaragua", "United Kingdom -sanctions-> China"];
        // the comma ended the clause: the speakers are no recipients
        "Turkey sent drones to Libya, Egyptian officials and diplomats said." => ["Turkey -supplies-> Libya"];
        "Iran sent rockets to Syria, Israel and its allies believe." => ["Iran -supplies-> Syria"];
    }
}

#[test]
fn a_contextual_alias_names_a_side_the_story_names_otherwise() {
    cases! {
        "Russia held talks with North Korea. Moscow has sent fighter jets to the North." => ["Russia -supplies-> North Korea"];
        "EU ministers met on Monday. The bloc imposed sanctions on Belarus." => ["European Union -sanctions-> Belarus"];
        // a story that names no North Korea has no "the North" in it
        "Moscow has sent fighter jets to the North." => ["Russia -supplies-> -"];
    }
}

#[test]
fn a_demonym_right_before_a_transfer_noun_is_the_supplier() {
    cases! {
        "Lithuania condemned Belarusian shipments of ammunition to Russia." => ["Belarus -supplies-> Russia"];
        "Venezuelan deliveries of rifles to Cuba were reported in May." => ["Venezuela -supplies-> Cuba"];
        "Analysts tracked Turkish drone exports to Azerbaijan." => ["Turkey -supplies-> Azerbaijan"];
        "Danish deployment of troops to Latvia began in May." => ["Denmark -deploys-> Latvia"];
    }
    // an actor with words between it and the noun does not modify it, and a noun has no elided
    // subject: nothing here says who ships
    for text in [
        "Beijing argued that any sale of fighter jets to Taiwan was illegal.",
        "Hanoi protested, and deliveries of rifles to Laos went on.",
    ] {
        assert_eq!(with_modality(text), vec![], "sentence: {text}");
    }
}

#[test]
fn items_before_a_noun_are_a_compound_not_a_clause() {
    cases! {
        "Kenya's growing rifle exports to Uganda worried donors." => ["Kenya -supplies-> Uganda"];
        "Observers counted Egyptian howitzer deliveries to Sudan." => ["Egypt -supplies-> Sudan"];
        "Kenya's 2024 rifle exports to Uganda rose." => ["Kenya -supplies-> Uganda"];
        // "imposed new curbs on drone" is no compound: the curbs are Norway's, the sales nobody's
        "Norway imposed new curbs on drone sales to Qatar." => ["Norway -sanctions-> Qatar"];
        "Chile's decision to halt rifle deliveries to Peru surprised Lima." => [];
    }
}

/// A second object and recipient after "and" or a comma, with the verb left out, is a relation
/// of its own, typed by its own items; so is a second item and supplier after "bought … from".
/// A demonym with items after "and" owns them and is no further recipient.
#[test]
fn a_verb_left_out_after_and_repeats_for_the_next_pair() {
    cases! {
        "Spain sold howitzers to Chile and frigates to Peru." => ["Spain -supplies-> Chile", "Spain -supplies-> Peru"];
        "Norway sent rifles to Latvia, mortars to Estonia and drones to the Houthis." => ["Norway -supplies-> Latvia", "Norway -supplies-> Estonia", "Norway -supplies-> Houthis"];
        "Chile deployed troops to Peru and howitzers to Bolivia." => ["Chile -deploys-> Peru", "Chile -deploys-> Bolivia"];
        "Peru bought mortars from Spain and rifles from Brazil." => ["Spain -supplies-> Peru", "Brazil -supplies-> Peru"];
        // a negation before the verb reaches every pair
        "Spain did not sell howitzers to Chile and frigates to Peru." => [];
        // a clause with its own verb or subject is read on its own
        "Spain sold howitzers to Chile and Norway sold frigates to Peru." => ["Spain -supplies-> Chile", "Norway -supplies-> Peru"];
        "Spain sold howitzers to Chile and Norwegian frigates to Peru." => ["Spain -supplies-> Chile"];
        "Spain sold howitzers to Chile and Peru." => ["Spain -supplies-> Chile", "Spain -supplies-> Peru"];
    }
}

#[test]
fn equipping_a_side_with_weapons_supplies_it_but_own_kit_is_no_transfer() {
    cases! {
        "Norway equipped Latvia with mortars." => ["Norway -supplies-> Latvia"];
        "Spain has been equipping the Houthis with drones." => ["Spain -supplies-> Houthis"];
        "Norway equipped Latvia with rifles and Estonia with mortars." => ["Norway -supplies-> Latvia", "Norway -supplies-> Estonia"];
        "Norway refused to equip Latvia with mortars." => [];
        // a side's own forces and platforms are no recipient, and nothing goes to nobody
        "Norway equipped its frigates with missiles." => [];
        "Spain equipped its soldiers with Chilean rifles." => [];
    }
}

#[test]
fn a_verb_left_out_before_a_second_recipient_and_its_items_repeats() {
    cases! {
        "Norway supplied Latvia with rifles and Estonia with mortars." => ["Norway -supplies-> Latvia", "Norway -supplies-> Estonia"];
        "Spain armed Chile with howitzers, Peru with frigates and the Houthis with drones." => ["Spain -supplies-> Chile", "Spain -supplies-> Peru", "Spain -supplies-> Houthis"];
        // the first pair's modality reaches the second
        "Spain did not supply Chile with howitzers and Peru with frigates." => [];
        // no weapon, no second relation; a clause with its own verb is read on its own
        "Spain supplied Chile with howitzers and Peru with money." => ["Spain -supplies-> Chile"];
        "Spain supplied Chile with howitzers and Norway supplied Peru with frigates." => ["Spain -supplies-> Chile", "Norway -supplies-> Peru"];
        // items that name an actor may be that actor's own
        "Spain supplied Chile with howitzers and Peru with Hezbollah fighters." => ["Spain -supplies-> Chile"];
    }
}

#[test]
fn a_side_named_after_a_ditransitives_items_starts_a_pair_of_its_own() {
    // "gave Hamas rockets and Hezbollah drones": Hezbollah is the second recipient, not the
    // drones' owner, so Hamas is given the rockets only (the gapped pair itself is not read)
    for (text, want) in [
        ("Tehran gave Hamas rockets and Hezbollah drones.", vec!["rockets"]),
        ("Syria sent Hezbollah mortars and the Houthis missiles.", vec!["mortars"]),
        // a list of items alone still takes every member
        ("Tehran gave Hamas rockets, mortars and drones.", vec!["rockets", "mortars", "drones"]),
    ] {
        assert_eq!(item_names(text), want, "sentence: {text}");
    }
    // with no recipient before the list, a side before an item is its owner or maker
    assert_eq!(
        item_names("Iran shipped rockets and Hezbollah drones to Syria."),
        vec!["rockets", "drones"]
    );
}

#[test]
fn said_or_thought_to_be_before_a_gerund_keeps_the_subject() {
    // "is said to be supplying" is the subject's act, attributed like "is said to have supplied"
    cases! {
        "Minsk is said to be shipping howitzers to Serbia." => ["Belarus -supplies-> Serbia"];
        "Cuba is thought to be sending rifles to Venezuela." => ["Cuba -supplies-> Venezuela"];
        "Ankara is reported to be selling drones to Libya." => ["Turkey -supplies-> Libya"];
    }
    // the hedge after it still reads
    holds_with_modality! {
        "Tehran is believed to be considering sending rockets to Hamas." => "Iran -supplies-> Hamas", Modality::Hedged;
    }
}

#[test]
fn the_user_in_a_relative_clause_after_the_items_is_the_recipient() {
    cases! {
        "Minsk sent howitzers that Serbia fired at the border." => ["Belarus -supplies-> Serbia"];
        "Cuba supplied rifles which Venezuela has used against protesters." => ["Cuba -supplies-> Venezuela"];
        // a clause of another kind names no recipient
        "Cuba supplied rifles which Venezuela says never arrived." => ["Cuba -supplies-> -"];
        // a contact clause, without "that", reads the same
        "Minsk sent the howitzers Serbia fired at the border." => ["Belarus -supplies-> Serbia"];
        "Cuba supplied about half of the rifles Venezuela used." => ["Cuba -supplies-> Venezuela"];
        "Spain sold the rifles Chile and Peru used." => ["Spain -supplies-> Chile", "Spain -supplies-> Peru"];
        "Cuba supplied rifles Venezuela says never arrived." => ["Cuba -supplies-> -"];
        // a comma ends the items: the next clause is a sentence of its own
        "Spain supplied drones, Chile used them." => ["Spain -supplies-> -"];
    }
    modal_cases! {
        "Spain denied it supplied the drones Chile launched at Peru." => "Spain -supplies-> Chile", Modality::Negated;
        "Spain may have supplied the drones Chile used." => "Spain -supplies-> Chile", Modality::Hedged;
    }
}

#[test]
fn an_accusation_in_the_passive_with_its_accuser_named() {
    cases! {
        "Ankara was accused by Athens of shipping drones to Libya." => ["Turkey -supplies-> Libya"];
        "Cuba was accused by UN investigators of sending rifles to Venezuela." => ["Cuba -supplies-> Venezuela"];
        "Tehran has been accused by Israel of supplying Hamas with rockets." => ["Iran -supplies-> Hamas"];
    }
}

#[test]
fn taking_delivery_of_items_named_by_their_maker() {
    cases! {
        "Serbia took delivery of Belarusian howitzers last month." => ["Belarus -supplies-> Serbia"];
        "Venezuela is taking delivery of Cuban rifles." => ["Cuba -supplies-> Venezuela"];
        "Serbia took delivery of Belarusian potatoes." => [];
    }
}

#[test]
fn a_delivery_expected_is_hedged() {
    modal_cases! {
        "Vietnam expects delivery of BrahMos missiles from India next year." => "India -supplies-> Vietnam", Modality::Hedged;
        "Egypt expects deliveries of French Rafale jets by 2026." => "France -supplies-> Egypt", Modality::Hedged;
    }
    cases! {
        // nothing delivered without a supplier named, nor arms that are no delivery's
        "Vietnam expects delivery of BrahMos missiles soon." => [];
        "Egypt expects delivery of wheat from Russia." => [];
    }
}

#[test]
fn sent_to_fight_or_serve_in_a_place_is_deployed_there() {
    cases! {
        "Cuba sent troops to fight in Angola." => ["Cuba -deploys-> Angola"];
        "Eritrean soldiers were sent to fight in Ethiopia." => ["Eritrea -deploys-> Ethiopia"];
        "Chad has sent soldiers to serve in Mali." => ["Chad -deploys-> Mali"];
        // the pair after "and" reuses the verb, not what the forces do
        "Cuba sent troops to fight in Angola and military advisers to Mozambique." => ["Cuba -deploys-> Angola", "Cuba -deploys-> Mozambique"];
        // the place after the recipient is where the arms are used, not where they go
        "Iran sent drones to Russia to fight in Ukraine." => ["Iran -supplies-> Russia"];
        // fighting in a place, with no sending, is no deployment (see deploy-fight-for)
        "Eritrean soldiers fighting in Ethiopia were seen in Tigray." => [];
    }
}

#[test]
fn a_host_answering_a_deployment_on_its_land_names_the_deployer() {
    modal_cases! {
        "Estonia approved the deployment of Danish troops on its soil." => "Denmark -deploys-> Estonia", Modality::Asserted;
        "Qatar welcomed the deployment of Turkish troops on its territory." => "Turkey -deploys-> Qatar", Modality::Asserted;
        "Peru allowed the deployment of Chilean troops at its air bases." => "Chile -deploys-> Peru", Modality::Asserted;
        "Latvia requested the deployment of Canadian troops on its soil." => "Canada -deploys-> Latvia", Modality::Hedged;
        "Slovakia rejected the deployment of American missiles on its territory." => "United States -deploys-> Slovakia", Modality::Negated;
    }
    cases! {
        // the approver of forces named by their owner deploys nothing itself
        "Sweden approved the deployment of Finnish troops to Norway." => ["Finland -deploys-> Norway"];
        "Italy and Spain approved the deployment of Greek and Portuguese troops to Romania." => ["Greece -deploys-> Romania", "Portugal -deploys-> Romania"];
    }
}

#[test]
fn demonyms_coordinated_before_forces_all_own_them() {
    cases! {
        "The deployment of Greek and Portuguese troops to Romania began." => ["Greece -deploys-> Romania", "Portugal -deploys-> Romania"];
        // a demonym that owns items of its own still ends a list of recipients
        "Spain sent tanks to Morocco and French jets to Tunisia." => ["Spain -supplies-> Morocco"];
    }
}

#[test]
fn organising_a_delivery_supplies_it() {
    cases! {
        "Prague organised the delivery of 300,000 shells to Kyiv." => ["Czech Republic -supplies-> Ukraine"];
        "Norway has arranged the shipment of howitzers to Ukraine." => ["Norway -supplies-> Ukraine"];
        "Norway has arranged the shipment of salmon to Ukraine." => [];
    }
}

#[test]
fn an_organisation_named_after_a_demonym_is_the_actor() {
    // the demonym places the organisation, as a possessive does ("Iran's Revolutionary Guards")
    cases! {
        "Canada sanctioned the Iranian Revolutionary Guard Corps." => ["Canada -sanctions-> Islamic Revolutionary Guard Corps"];
        "Japan imposed sanctions on members of the Iranian IRGC." => ["Japan -sanctions-> Islamic Revolutionary Guard Corps"];
        "Tehran shipped rockets to the Lebanese Hezbollah." => ["Iran -supplies-> Hezbollah"];
        "The Russian Wagner Group sent fighters to Mali." => ["Wagner Group -deploys-> Mali"];
    }
    // a person after a demonym and a title is still the one described
    cases! {
        "Iranian commander Qasem Soleimani sent rockets to Hezbollah." => ["Qasem Soleimani -supplies-> Hezbollah"];
    }
}

#[test]
fn an_auxiliary_after_a_comma_ends_an_items_list() {
    // what a relative clause names is not what the main clause delivers
    assert_eq!(
        item_names(
            "Norway, which announced the drone coalition, has sent 200 howitzers to Ukraine."
        ),
        ["howitzers"]
    );
    assert_eq!(
        item_names("Poland approved the tank repair deal, it said, and sent howitzers to Ukraine."),
        ["howitzers"]
    );
    // adverbs and nouns after a comma still continue the list
    assert_eq!(item_names("Britain sent tanks, then drones, to Ukraine."), ["tanks", "drones"]);
}

#[test]
fn a_run_of_actor_heads_is_one_actor() {
    // "military leaders" after a possessive or a demonym, before the passive's agent
    cases! {
        "Sanctions were imposed on Belarus's military leaders by Japan." => ["Japan -sanctions-> Belarus"];
        "Syrian army officers were sanctioned by the EU." => ["European Union -sanctions-> Syria"];
        "Cuba's defence ministry officials were sanctioned by the US and Canada." => ["United States -sanctions-> Cuba", "Canada -sanctions-> Cuba"];
    }
}

#[test]
fn bare_jets_are_warplanes_but_not_in_civil_aviation() {
    cases! {
        "Belarus received jets from Russia in 2019." => ["Russia -supplies-> Belarus"];
        "Algeria received Russian jets last year." => ["Russia -supplies-> Algeria"];
        "Canada will send a jet to Latvia." => ["Canada -supplies-> Latvia"];
        // fuel, business and passenger jets are no arms
        "Russia sold jet fuel to Myanmar." => [];
        "Brazil sold passenger jets to Kenya." => [];
        "Turkey supplied Libya with private jets." => [];
    }
    assert_eq!(item_names("Poland sent jets to Ukraine."), ["warplanes"]);
}

#[test]
fn targets_added_to_a_sanctions_list_as_examples() {
    cases! {
        "Canada added 40 companies to its list of sanctioned entities, including firms in Iran and Belarus." => ["Canada -sanctions-> Iran", "Canada -sanctions-> Belarus"];
        "Australia added 15 entities to its sanctions list, including a Russian bank." => ["Australia -sanctions-> Russia"];
        "Britain added Syria's interior minister to its list of sanctioned individuals." => ["United Kingdom -sanctions-> Syria"];
        // the examples belong to the list, not to whoever comments on it
        "The US added 20 firms to its blacklist, a step praised by partners including Japan." => [];
    }
}

#[test]
fn an_office_after_a_possessive_is_the_side_it_serves() {
    cases! {
        "Japan sanctioned Iran's finance minister." => ["Japan -sanctions-> Iran"];
        "Sanctions were imposed on Belarus's central bank governor by Canada." => ["Canada -sanctions-> Belarus"];
        "The EU imposed sanctions on Venezuela's vice president." => ["European Union -sanctions-> Venezuela"];
    }
}

#[test]
fn a_list_after_from_stops_at_the_next_clauses_subject() {
    // the recipient opens the rule as its subject, and the source follows the verb: neither
    // list runs across "and" into the other clause
    cases! {
        "Morocco bought drones from Turkey and Algeria bought jets from Russia." => ["Turkey -supplies-> Morocco", "Russia -supplies-> Algeria"];
        "Greece acquired tanks from Germany, and Cyprus acquired missiles from France." => ["Germany -supplies-> Greece", "France -supplies-> Cyprus"];
        // a list of sources still coordinates
        "Morocco bought drones from Turkey and Israel." => ["Turkey -supplies-> Morocco", "Israel -supplies-> Morocco"];
    }
}

#[test]
fn what_the_items_serve_does_not_end_the_list() {
    // "ammunition for <weapons>" ships the ammunition; the list goes on to its recipient
    cases! {
        "Spain shipped ammunition for Leopard tanks to Latvia." => ["Spain -supplies-> Latvia"];
        "Norway delivered shells for its Caesar howitzers to Estonia on Monday." => ["Norway -supplies-> Estonia"];
        "Italy sold missiles for Greece's Patriot systems to Cyprus." => ["Italy -supplies-> Cyprus"];
        // a time or a price after "for" still ends the list, and the recipient comes after it
        "Iran sent drones for years to Russia." => ["Iran -supplies-> Russia"];
    }
    assert_eq!(item_names("Spain shipped ammunition for Leopard tanks to Latvia."), ["ammunition"]);
    assert_eq!(item_names("Iran sent drones for years to Russia."), ["drones"]);
    // ammunition named by the weapon it serves is ammunition, not that weapon
    assert_eq!(item_names("Chile shipped tank ammunition to Peru."), ["ammunition"]);
    assert_eq!(
        modality("Portugal refused to sell ammunition for Gepard tanks to Ukraine."),
        [Modality::Negated]
    );
    assert_eq!(
        asserted("Portugal refused to sell ammunition for Gepard tanks to Ukraine."),
        Vec::<String>::new()
    );
}

#[test]
fn items_supplied_by_a_side_name_the_supplier_without_a_recipient() {
    cases! {
        "Rockets supplied by Iran hit Haifa overnight." => ["Iran -supplies-> -"];
        "The shells, which were provided by North Korea, fell on Kherson." => ["North Korea -supplies-> -"];
        // a recipient named anywhere in the rule still wins
        "Rockets supplied by Iran to Hezbollah hit Haifa." => ["Iran -supplies-> Hezbollah"];
        "Syria used rockets supplied by Iran." => ["Iran -supplies-> Syria"];
        // a sender of drones in the night fired them; the cue after a later verb is that verb's
        "Drones sent by Russia overnight hit Kyiv." => [];
    }
    assert_eq!(item_names("Rockets supplied by Iran hit Haifa overnight."), ["rockets"]);
}

#[test]
fn a_recipient_set_aside_after_the_items_is_a_negated_supply_to_it() {
    // "but not to X": the items went elsewhere, and X is the one that did not get them.
    modal_cases! {
        "Serbia sold howitzers, but not to Chad." => "Serbia -supplies-> Chad", Modality::Negated;
        "Serbia sold howitzers but never to Chad." => "Serbia -supplies-> Chad", Modality::Negated;
        "Belarus deployed troops, but not to Sudan." => "Belarus -deploys-> Sudan", Modality::Negated;
    }
    // A contrast of items still leaves the recipient a recipient.
    modal_cases! {
        "Serbia sold howitzers and not rifles to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
    }
    // "not to" before anything but a side is no recipient at all.
    modal_cases! {
        "Serbia sold howitzers but not to fight." => "Serbia -supplies-> -", Modality::Asserted;
    }
}

#[test]
fn an_arms_deal_with_the_other_side_is_read_by_the_verb_after_it() {
    // The verb after the deal says which side buys and which supplies.
    modal_cases! {
        "Chad signed a deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia signed a contract with Chad to supply howitzers." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad struck a $40 million agreement with Serbia to purchase howitzers." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad may sign a deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad did not sign a deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Negated;
    }
    // A deal for something else supplies nothing.
    assert!(relations("Chad signed a deal with Serbia to build roads.").is_empty());
    // The deal's words stay cues where no rule reads them: a deal to buy is still a plan.
    modal_cases! {
        "Chad confirmed a deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
}

#[test]
fn a_deal_with_the_other_side_may_hold_its_worth_or_an_aside_before_it() {
    // "a deal * with": the worth or date between the deal and the other side is passed over, and
    // so is an aside its commas close.
    modal_cases! {
        "Chad signed a deal worth $2.5 billion with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad signed a deal, worth $2.5 billion, with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia inked a contract last year with Chad to supply howitzers." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad is in talks on a deal worth $2.5 billion with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
    // The gap stops at a clause word, a name or a cue: none of these is a deal with Serbia.
    for sentence in [
        "Chad signed a deal, which was later cancelled, with Serbia to buy howitzers.",
        "Chad signed a deal, Mali said, with Serbia to buy howitzers.",
        "Chad signed a deal in principle with Serbia to buy howitzers.",
    ] {
        assert_eq!(asserted(sentence), Vec::<String>::new(), "{sentence}");
    }
}

#[test]
fn a_deal_short_of_an_order_with_the_other_side_is_hedged() {
    // A preliminary, tentative or framework deal is no order, whoever it is made with.
    modal_cases! {
        "Chad signed a preliminary deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad signed a tentative agreement with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia signed a $40 million framework contract with Chad to supply howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad signed a non-binding deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
}

#[test]
fn an_arms_deal_still_in_talks_is_a_hedged_supply() {
    // Talks on a deal name the same roles as a signed one, but the deal is not yet made.
    modal_cases! {
        "Chad is in talks on a deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad held talks with Serbia about an agreement to purchase howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia is in talks with Chad over a contract to sell howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad is negotiating a deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad denied it was in talks on a deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Negated;
    }
    // Talks on a deal for something else supply nothing.
    assert!(relations("Chad is in talks with Serbia on a deal to build roads.").is_empty());
}

#[test]
fn talks_whose_purpose_follows_them_pass_from_the_side_to_its_verb() {
    // The other side named after the verb: the talks' purpose or subject carries the match on.
    modal_cases! {
        "Mali is in talks to buy rifles from Belarus." => "Belarus -supplies-> Mali", Modality::Hedged;
        "Mali is in talks on a deal to buy rifles from Belarus." => "Belarus -supplies-> Mali", Modality::Hedged;
        "Mali is in negotiations to purchase rifles from Belarus." => "Belarus -supplies-> Mali", Modality::Hedged;
        "Belarus is in talks about a contract to sell rifles to Mali." => "Belarus -supplies-> Mali", Modality::Hedged;
        "Belarus denied it was in talks to sell rifles to Mali." => "Belarus -supplies-> Mali", Modality::Negated;
    }
    assert!(relations("Mali is in talks to build roads with Belarus.").is_empty());
}

#[test]
fn a_signing_gap_stops_at_a_clause_phrase_read_whole_not_at_its_first_word() {
    // "in exchange for" opens a clause, but "in" alone does not: a date or manner after the deal
    // is passed over, and a deal in principle is still a plan.
    modal_cases! {
        "Chad signed a deal in 2023 to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad inked a contract in secret to purchase howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad signed a deal in principle to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia reached an agreement in principle to sell howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
    assert!(relations("Chad signed a deal in exchange for oil to buy howitzers from Serbia.")
        .is_empty());
}

#[test]
fn a_deal_struck_or_reached_is_an_order_as_a_signed_one() {
    // A closed deal is an order, whichever verb closes it; a deal to buy alone is a plan.
    modal_cases! {
        "Chad struck a deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad reached an agreement to purchase howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad wants to strike a deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad discussed a deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
}

#[test]
fn a_claim_called_a_charge_after_it_is_hedged() {
    // An apposition that calls the claim a charge, an allegation or a claim disputes it.
    modal_cases! {
        "Serbia has been accused of selling howitzers to Chad, a charge Belgrade rejects." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia sold howitzers to Chad, an allegation first made by France." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia sold howitzers to Chad, a claim Belgrade denies." => "Serbia -supplies-> Chad", Modality::Hedged;
        // Without the apposition the sale is a fact, and "charges" as a noun elsewhere cues nothing.
        "Serbia sold howitzers to Chad despite charges of corruption." => "Serbia -supplies-> Chad", Modality::Asserted;
    }
}

#[test]
fn a_claim_borne_out_after_it_stays_a_fact() {
    // An apposition that calls the claim a claim and says it was confirmed disputes nothing;
    // one that names a doubter or a doubt between them still hedges.
    modal_cases! {
        "Serbia sold howitzers to Chad, a claim confirmed by French officials." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia sold howitzers to Chad, an allegation later corroborated by satellite images." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia sold howitzers to Chad, allegations backed by shipping records." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia sold howitzers to Chad, a claim Belgrade confirmed." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia sold howitzers to Chad, a claim that was never confirmed." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia sold howitzers to Chad, an allegation that could not be verified." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
}

#[test]
fn a_contract_won_awarded_or_secured_is_an_order_as_a_signed_one() {
    // Winning a contract to supply is signing it; wanting to win one is a plan.
    modal_cases! {
        "Serbia won a contract to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Rheinmetall was awarded a contract to deliver howitzers to Chad." => "Rheinmetall -supplies-> Chad", Modality::Asserted;
        "Chad secured a deal to purchase howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia hopes to win a contract to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia denied it had won a contract to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Negated;
    }
}

#[test]
fn a_signed_deal_may_hold_an_amount_or_adjectives_before_its_noun() {
    // "signed a * deal to": the gap takes amounts, adjectives and weapons, but not a name (which
    // may be the supplier), a cue or a word that makes the deal less than an order.
    modal_cases! {
        "Chad signed a new deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad struck a $2.5 billion deal to purchase howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad inked an $800 million arms contract to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia won a lucrative contract to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad denied it had signed a new deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Negated;
        "Chad hopes to sign a new deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
    // A preliminary or a possible deal is no order. (A name in the gap's place is no amount: see
    // the contract awarded to a named side below.)
    for sentence in [
        "Chad signed a preliminary deal to buy howitzers from Serbia.",
        "Chad signed a possible deal to buy howitzers from Serbia.",
    ] {
        assert_eq!(asserted(sentence), Vec::<String>::new(), "{sentence}");
    }
}

#[test]
fn a_signed_deal_may_hold_its_worth_or_date_after_its_noun() {
    // "signed a deal * to": a second gap takes the worth or the date after the noun. Each gap
    // ends at the first word that follows it, so the "to" of "a contract to supply howitzers
    // to Chad" is the contract's, not the recipient's.
    modal_cases! {
        "Chad signed a deal worth $2.5 billion to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad signed contracts worth 300 million euros to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad inked a deal last year to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia won a contract worth millions to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia won a contract to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        // A deal short of an order stays a hedge with its worth after it.
        "Chad signed a preliminary deal worth $2.5 billion to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad hopes to sign a deal worth $2.5 billion to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
}

#[test]
fn a_signed_deal_may_hold_an_aside_in_commas_or_brackets() {
    // The second gap of "signed a deal * to" may end in an aside its commas or brackets close,
    // wider than a bare gap; what the aside says is still read by the cue scans.
    modal_cases! {
        "Chad signed a deal, worth $2.5 billion, to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad struck a deal, worth an estimated $2.5 billion, to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad inked a contract (its largest ever) to purchase howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia won a contract, officials said, to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad signed a deal, possibly worth $2.5 billion, to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad signed a preliminary deal, worth $2.5 billion, to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
    // An aside must close, and holds no name or clause word: each of these stops the gap.
    for sentence in [
        "Chad signed a deal, worth $2.5 billion to buy howitzers from Serbia.",
        "Chad signed a deal, which was later cancelled, to buy howitzers from Serbia.",
        "Chad signed a deal, Mali said, to buy howitzers from Serbia.",
    ] {
        assert_eq!(asserted(sentence), Vec::<String>::new(), "{sentence}");
    }
}

#[test]
fn an_amount_is_one_word_to_a_gap() {
    // A number with its scale and currency ("$2.5 billion", "900 million euros") is one word to
    // a gap, so an amount with a few words about it fits the four a gap takes.
    modal_cases! {
        "Chad signed a deal worth an estimated $2.5 billion to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad inked a contract valued at about 900 million euros to purchase howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia won an order worth roughly 3 billion dollars to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Chad signed a possible deal worth an estimated $2.5 billion to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
    }
    // The gap is no wider for it: six words with the amount still stop it.
    let sentence =
        "Chad signed a deal worth about $2 billion over ten years to buy howitzers from Serbia.";
    assert_eq!(relations(sentence).iter().map(show).collect::<Vec<_>>(), Vec::<String>::new());
}

#[test]
fn a_cue_of_several_words_stops_a_gap_only_where_it_is_read_whole() {
    // "reports" opens the hedge "reports of", and "worried" the hedge "worried that", but
    // neither is read here: the asides only report the deal, whose "deal * to" hedges the supply.
    modal_cases! {
        "Serbia has an agreement, reports say, to ship howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia has a deal, officials are worried, to send howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad struck a deal, sources say, to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Asserted;
    }
    // "in principle" is no cue phrase, so `[words gap-stop]` holds "principle": "signed a deal
    // in principle to buy" stays hedged (see the signing gap test above).
}

#[test]
fn a_contract_awarded_to_a_named_side_is_its_order() {
    // The holder is named after "awarded", not before it: the phrase holds its name, so the
    // contract's "contract * to" no longer hedges, and the holder, not the one who awards, is
    // the supplier (a gap passes over no name: read as an amount, the Pentagon would supply). A
    // contract short of an order, or one only planned, still hedges.
    modal_cases! {
        "Germany awarded Rheinmetall a contract to supply shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Asserted;
        "The Pentagon awarded Serbia a contract to supply howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Germany awarded Rheinmetall a contract, its largest, to supply shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Asserted;
        "Rheinmetall was awarded a contract to supply shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Asserted;
        "Germany awarded Rheinmetall a possible contract to supply shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Hedged;
        "Germany may award Rheinmetall a contract to supply shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Hedged;
        "Germany did not award Rheinmetall a contract to supply shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Negated;
    }
}

#[test]
fn a_contract_handed_given_or_granted_is_its_holders_order() {
    // These verbs govern the holder, as "sent" governs a recipient, but the phrase that holds
    // its name makes it the subject of the contract's verb; an amount in the phrase is passed
    // over from the holder to that verb. A recipient that opens its rule is read the same way.
    modal_cases! {
        "Germany handed Rheinmetall a contract to deliver shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Asserted;
        "The Pentagon gave Serbia a $3 billion contract to ship howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Germany granted Rheinmetall a contract to supply shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Asserted;
        "Germany awarded Rheinmetall a $2 billion contract to supply tanks to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Asserted;
        "Russia gave Iran a deal to buy Su-35 jets from Moscow." => "Russia -supplies-> Iran", Modality::Asserted;
        "Germany may give Rheinmetall a contract to deliver shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Hedged;
        "Germany did not give Rheinmetall a contract to deliver shells to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Negated;
    }
}
#[test]
fn a_hedge_or_negation_inside_a_contract_handed_marks_its_holders_order() {
    // The cue inside the phrase does not undo the holder: it still acts in the infinitive, and
    // the cue marks what it does.
    modal_cases! {
        "Paris gave Dassault a possible contract to deliver Rafale jets to India." => "Dassault Aviation -supplies-> India", Modality::Hedged;
        "Washington granted Raytheon a preliminary deal to supply Patriot missiles to Poland." => "RTX -supplies-> Poland", Modality::Hedged;
        "Berlin handed Rheinmetall a deal in principle to supply tanks to Ukraine." => "Rheinmetall -supplies-> Ukraine", Modality::Hedged;
        "Seoul handed Hanwha no contract to ship K9 howitzers to Poland." => "Hanwha Aerospace -supplies-> Poland", Modality::Negated;
    }
}

#[test]
fn what_is_handed_with_a_to_infinitive_is_no_item_of_the_handing() {
    // The items after "a plan to deliver" are the infinitive's, whether the handing verb's rule
    // reads them from the infinitive's verb or (before "supply" stopped counting as an adverb in
    // "-ly") from past it. Nor is an order given a deployment. Items handed before their
    // infinitive are still the handing's.
    let handed_over = |sentence: &str| {
        relations(sentence).iter().map(show).filter(|r| r == "Serbia -supplies-> Chad").count()
    };
    for sentence in [
        "Serbia handed Chad a plan to deliver howitzers.",
        "Serbia handed Chad a plan to supply howitzers.",
        "Serbia gave Chad the right to supply howitzers to Mali.",
        "Serbia granted Chad a mandate to ship howitzers to Mali.",
    ] {
        assert_eq!(handed_over(sentence), 0, "sentence: {sentence}");
    }
    assert_eq!(handed_over("Serbia handed Chad howitzers to deliver to Mali."), 1);
    cases! {
        "Washington gave Kyiv the order to send troops to the front." => [];
    }
}

#[test]
fn a_deal_short_of_an_order_is_passed_over_and_its_cues_read() {
    // The words between the buyer and its verb are passed over whatever the deal is; the cue
    // scans then say what kind of deal it was.
    modal_cases! {
        "Chad signed a preliminary deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad signed a possible $2 billion deal to purchase howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad reached a tentative agreement to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad signed a memorandum on a contract to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia signed a draft contract to sell howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Chad signed no deal to buy howitzers from Serbia." => "Serbia -supplies-> Chad", Modality::Negated;
    }
    // Still no clause word in a gap: Chad signed something else, before the deal fell through.
    let sentence = "Chad signed when the deal to buy howitzers from Serbia collapsed.";
    assert_eq!(relations(sentence).iter().map(show).collect::<Vec<_>>(), Vec::<String>::new());
}

#[test]
fn talks_broken_off_deny_the_deal() {
    // Talks given up say the deal is off; the cue is a verb with its own object, so a claim
    // after "and" keeps its own modality, as after a regular verb in "-ed".
    modal_cases! {
        "Chad broke off talks with Serbia on a deal to buy howitzers." => "Serbia -supplies-> Chad", Modality::Negated;
        "Chad pulled out of talks on a deal with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Negated;
        "Chad held talks with Serbia on a deal to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Serbia broke off talks with Kosovo and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia suspended talks with Kosovo and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia has broken off talks with Kosovo and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
    }
}

#[test]
fn a_cue_verb_with_a_bare_noun_or_a_phrasal_object_is_left_behind() {
    // The object of a cue verb may be a bare noun ("suspended talks") and follows the whole
    // cue ("pulled out of the deal"): either ends the first predicate at "and".
    modal_cases! {
        "Serbia suspended talks and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia broke off negotiations and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia pulled out of the accord and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia walked away from talks and shipped howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        // A cue that is no verb of its own still reaches the second one.
        "Serbia never held talks and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Negated;
        // Talks taken part in are an act done, not a deal in the making.
        "Serbia participated in talks and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia took part in negotiations and then shipped howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia took part in talks but never sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Negated;
    }
}

#[test]
fn a_rule_verb_with_no_object_leaves_its_items_to_the_finite_verb_after_and() {
    // An infinitive with nothing after it is a whole predicate, "supply" too (it is no adverb in
    // "-ly"), and the items after a finite verb that follows "and" are that verb's alone: the
    // cue before the infinitive is left behind, and no reading gives them to the infinitive.
    modal_cases! {
        "Chad refused to supply and shipped rifles to Mali." => "Chad -supplies-> Mali", Modality::Asserted;
        "Chad declined to arm and sold rifles to Mali." => "Chad -supplies-> Mali", Modality::Asserted;
        "Chad refused to deliver, and sent rifles to Mali." => "Chad -supplies-> Mali", Modality::Asserted;
        "Russia declined to deploy and moved troops to Belarus." => "Russia -deploys-> Belarus", Modality::Asserted;
        "Chad promised to supply and shipped rifles to Mali." => "Chad -supplies-> Mali", Modality::Asserted;
        // Two finite verbs still share them.
        "Chad sold and shipped rifles to Mali." => "Chad -supplies-> Mali", Modality::Asserted;
        "Chad refused to sell and ship rifles to Mali." => "Chad -supplies-> Mali", Modality::Negated;
    }
}

#[test]
fn a_cue_verb_with_an_infinitive_object_is_left_behind() {
    // "refused to negotiate" is a whole predicate: a finite verb after "and" is no infinitive.
    modal_cases! {
        "Serbia refused to negotiate and sold howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia declined to take sides and shipped howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
    }
    // The infinitive's own claim stays negated, and a bare verb after "and" shares it.
    let negated = |pair: &str| (pair.to_string(), Modality::Negated);
    assert_eq!(
        with_modality("Serbia refused to arm Chad and sold howitzers to Mali."),
        vec![
            negated("Serbia -supplies-> Chad"),
            ("Serbia -supplies-> Mali".to_string(), Modality::Asserted)
        ]
    );
    assert_eq!(
        with_modality("Serbia refused to sell rifles to Mali and ship howitzers to Chad."),
        vec![negated("Serbia -supplies-> Mali"), negated("Serbia -supplies-> Chad")]
    );
}

#[test]
fn a_gerund_after_a_finite_aspect_verb_starts_a_predicate_of_its_own() {
    // "and stopped selling" is a new predicate, as "and sold" is: the cue of the first one is
    // left behind with its object, and the aspect verb speaks for the second.
    modal_cases! {
        "Serbia broke off talks with Kosovo and stopped selling howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Negated;
        "Serbia ended talks with Kosovo and kept selling howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia denied the report and continued shipping howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        "Serbia denied the report and resumed shipping howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Asserted;
        // A gerund after "and" alone shares the cue before it.
        "Serbia denied selling rifles and shipping howitzers to Chad." => "Serbia -supplies-> Chad", Modality::Negated;
    }
}

#[test]
fn talks_with_the_other_side_to_buy_or_sell_are_a_hedged_supply() {
    // The talks' purpose follows the other side: a plan, whichever side speaks.
    modal_cases! {
        "Kenya is in talks with Turkey to buy Bayraktar TB2 drones." => "Turkey -supplies-> Kenya", Modality::Hedged;
        "Kenya held talks with Turkey to acquire howitzers." => "Turkey -supplies-> Kenya", Modality::Hedged;
        "Turkey is holding talks with Kenya to sell howitzers." => "Turkey -supplies-> Kenya", Modality::Hedged;
        // negotiations are talks
        "Chad is negotiating with Serbia to buy howitzers." => "Serbia -supplies-> Chad", Modality::Hedged;
        "Peru is in negotiations with Spain to purchase frigates." => "Spain -supplies-> Peru", Modality::Hedged;
        "Serbia is negotiating with Niger on a contract to sell rifles." => "Serbia -supplies-> Niger", Modality::Hedged;
        // talks over a purchase: the other side sells
        "Ghana is in talks with Brazil over the purchase of Super Tucano aircraft." => "Brazil -supplies-> Ghana", Modality::Hedged;
        "Chile held talks with Sweden on the acquisition of Gripen fighters." => "Sweden -supplies-> Chile", Modality::Hedged;
    }
    assert!(relations("Chad is negotiating with Serbia to build roads.").is_empty());
    assert!(relations("Chile held talks with Sweden on the purchase of wheat.").is_empty());
    // Talks without a purpose of buying or selling give no supply.
    assert!(relations("Kenya is in talks with Turkey to build roads.").is_empty());
    assert!(relations("Kenya held talks with Turkey about howitzers.").is_empty());
}

#[test]
fn a_cue_after_a_form_of_be_stays_with_its_predicate() {
    // "is holding talks with X", "is unlikely to send Y": a predicate of its own, whose cue
    // does not reach the finite verb after "and".
    modal_cases! {
        "Kenya is holding talks with Turkey and has bought howitzers from Serbia." => "Serbia -supplies-> Kenya", Modality::Asserted;
        "Kenya is in talks with Turkey and has bought howitzers from Serbia." => "Serbia -supplies-> Kenya", Modality::Asserted;
        "Kenya held talks with Turkey and bought howitzers from Serbia." => "Serbia -supplies-> Kenya", Modality::Asserted;
        // Without the conjunction the cue reaches the claim.
        "Serbia is unlikely to sell howitzers to Kenya." => "Serbia -supplies-> Kenya", Modality::Hedged;
    }
    // Each predicate keeps its own items and cue: the rifles were not sold (yet), the
    // howitzers were.
    assert_eq!(
        with_modality("Serbia is unlikely to sell rifles and has sold howitzers to Kenya."),
        owned(&[
            ("Serbia -supplies-> -", Modality::Hedged),
            ("Serbia -supplies-> Kenya", Modality::Asserted)
        ])
    );
    assert_eq!(
        item_names("Serbia was reluctant to sell rifles and has sold howitzers to Kenya."),
        vec!["rifles", "howitzers"]
    );
}

#[test]
fn an_owner_before_the_items_is_right_before_them() {
    cases! {
        // A demonym, a maker's name, a possessive, or a name right before a weapon owns the items.
        "Poland received Korea Aerospace Industries FA-50 jets." => ["Korea Aerospace Industries -supplies-> Poland"];
        "Ukraine received Germany's Leopard tanks in March." => ["Germany -supplies-> Ukraine"];
        "Ukraine received US-made jets last year." => ["United States -supplies-> Ukraine"];
        "Among the weapons Ukraine has received from Germany are Leopard 2 tanks." => ["Germany -supplies-> Ukraine"];
        // A count may follow the "be": the items are still those named.
        "Among the arms Chile received from Spain were 20 Leopard tanks." => ["Spain -supplies-> Chile"];
        "Among the arms Peru got from Norway were dozens of NASAMS launchers." => ["Norway -supplies-> Peru"];
        // A name with other words before the weapon is a guest or a partner, no owner.
        "Chile received the US Navy with F-35 jets on board." => [];
        "Poland received Boeing engineers to service its Apache helicopters." => [];
        "Taiwan received Lockheed Martin with an order for F-16 jets." => [];
        // Nor where a full stop was lost between two sentences.
        "After the visit Chile received the US Navy The F-35 jets flew over." => [];
    }
}

#[test]
fn a_cue_before_and_stays_with_its_own_subject() {
    // A new subject after "and" opens a clause of its own: the first clause's negation,
    // auxiliary or hedge does not reach its verb.
    modal_cases! {
        "Hungary blocked the package and Poland sent tanks to Ukraine." => "Poland -supplies-> Ukraine", Modality::Asserted;
        "Kenya refused and the US sent rifles to Chad." => "United States -supplies-> Chad", Modality::Asserted;
        "Spain halted Iran's oil imports and Iran shipped drones to Syria." => "Iran -supplies-> Syria", Modality::Asserted;
    }
    // A gerund after the new subject is still the cue's: no clause of its own.
    assert_eq!(
        modality("Russia denied arming the Houthis and Iran supplying them with missiles."),
        vec![Modality::Negated, Modality::Negated]
    );
    use Modality::{Asserted, Hedged, Negated};
    let two_clauses = [
        (
            "Chile never bought rifles from Peru and Brazil shipped howitzers to Bolivia.",
            [("Peru -supplies-> Chile", Negated), ("Brazil -supplies-> Bolivia", Asserted)],
        ),
        (
            "Argentina may have sold rifles and Brazil shipped howitzers to Chile.",
            [("Argentina -supplies-> -", Hedged), ("Brazil -supplies-> Chile", Asserted)],
        ),
        // A clause the cue governs takes both subjects in.
        (
            "Officials denied that Argentina sold rifles and Brazil shipped howitzers to Chile.",
            [("Argentina -supplies-> -", Negated), ("Brazil -supplies-> Chile", Negated)],
        ),
        (
            "It is unclear whether Argentina sold rifles and Brazil shipped howitzers to Chile.",
            [("Argentina -supplies-> -", Hedged), ("Brazil -supplies-> Chile", Hedged)],
        ),
        (
            "Officials denied Argentina sold rifles and Brazil shipped howitzers to Chile.",
            [("Argentina -supplies-> -", Negated), ("Brazil -supplies-> Chile", Negated)],
        ),
    ];
    for (text, want) in two_clauses {
        let want: Vec<(String, Modality)> = want.iter().map(|&(r, m)| (r.to_string(), m)).collect();
        assert_eq!(with_modality(text), want, "{text}");
    }
}

#[test]
fn a_frozen_flow_is_stopped_and_frozen_assets_are_a_sanction() {
    use Modality::{Asserted, Negated};
    let cases = [
        // Freezing a flow stops it, as halting does, after an auxiliary or not, and a freeze of
        // trade in arms is a ban on it, a sanction of the buyer.
        (
            "Denmark froze arms sales to Qatar.",
            vec![("Denmark -sanctions-> Qatar", Asserted), ("Denmark -supplies-> Qatar", Negated)],
        ),
        (
            "Canada has frozen weapons exports to Egypt.",
            vec![("Canada -sanctions-> Egypt", Asserted), ("Canada -supplies-> Egypt", Negated)],
        ),
        (
            "Italy decided to freeze arms shipments to Libya.",
            vec![("Italy -sanctions-> Libya", Asserted), ("Italy -supplies-> Libya", Negated)],
        ),
        // A freeze of deliveries stops them, and is no trade measure of its own.
        ("Spain froze deliveries of tanks to Peru.", vec![("Spain -supplies-> Peru", Negated)]),
        // Freezing assets is the measure itself, in any form of the verb.
        (
            "Japan froze the assets of Iranian officials.",
            vec![("Japan -sanctions-> Iran", Asserted)],
        ),
        (
            "Australia has frozen the assets of Russian oligarchs.",
            vec![("Australia -sanctions-> Russia", Asserted)],
        ),
        // A freeze with its object before "and" is its own predicate's.
        (
            "Norway has frozen the assets of Russian banks and sent howitzers to Ukraine.",
            vec![
                ("Norway -sanctions-> Russia", Asserted),
                ("Norway -supplies-> Ukraine", Asserted),
            ],
        ),
        // "freezing" is no cue: it is as often the weather.
        (
            "In freezing weather, Poland delivered tanks to Ukraine.",
            vec![("Poland -supplies-> Ukraine", Asserted)],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, Modality)> = want.iter().map(|&(r, m)| (r.to_string(), m)).collect();
        assert_eq!(with_modality(text), want, "{text}");
    }
}

/// An adverb between the auxiliary that starts a cue phrase and the rest of it leaves the cue
/// whole: "has now frozen" is "has frozen", and so is a freeze of assets, still the measure
/// itself. An adverb that is a cue of its own is read as one.
#[test]
fn an_adverb_inside_a_cue_phrase_is_read_through() {
    modal_cases! {
        "Arms exports to Egypt have been temporarily frozen by Canada." => "Canada -supplies-> Egypt", Modality::Negated;
        "Britain has also frozen the assets of Belarusian officials." => "United Kingdom -sanctions-> Belarus", Modality::Asserted;
    }
    holds_with_modality! {
        "Finland has possibly frozen weapons exports to Turkey." => "Finland -supplies-> Turkey", Modality::Hedged;
        "Finland has possibly frozen weapons exports to Turkey." => "Finland -sanctions-> Turkey", Modality::Hedged;
    }
}

#[test]
fn a_passive_origin_is_the_supplier_unless_by_names_another() {
    cases! {
        "Howitzers were shipped from Italy to Chile." => ["Italy -supplies-> Chile"];
        "The cargo, which held 40 drones, was sent from Iran to Sudan by sea." => ["Iran -supplies-> Sudan"];
        "Shells were sent from Romania to Ukraine by Germany." => ["Germany -supplies-> Ukraine"];
        "Shells were sent to Ukraine from Romania by Germany." => ["Germany -supplies-> Ukraine"];
    }
}

#[test]
fn a_flow_scaled_in_the_passive_is_the_supplier_after_by() {
    modal_cases! {
        "Weapons deliveries to Chile were suspended by Spain on Monday." => "Spain -supplies-> Chile", Modality::Negated;
        "Arms sales to Qatar were resumed by Austria in 2021." => "Austria -supplies-> Qatar", Modality::Asserted;
        "Drone deliveries to Sudan were not halted by Iran." => "Iran -supplies-> Sudan", Modality::Asserted;
        "The export of shells to Chile was paused by Brazil." => "Brazil -supplies-> Chile", Modality::Negated;
    }
    // Whoever halts a flow that is no actor names no supplier.
    let text = "Arms exports to Chile were halted by protests in Peru.";
    assert_eq!(with_modality(text), vec![], "sentence: {text}");
}

#[test]
fn a_flow_approved_or_blocked_in_the_passive_is_the_supplier_after_by() {
    modal_cases! {
        "The sale of 12 howitzers to Chile was approved by Spain last week." => "Spain -supplies-> Chile", Modality::Asserted;
        "Arms exports to Bolivia were not authorised by Norway." => "Norway -supplies-> Bolivia", Modality::Negated;
        "A possible sale of drones to Niger was cleared by Turkey." => "Turkey -supplies-> Niger", Modality::Hedged;
        "The transfer of air defence systems to Peru was not authorised by Belgium." => "Belgium -supplies-> Peru", Modality::Negated;
    }
    // A flow that someone else judges or blocks names no supplier.
    for text in [
        "The sale of tanks to Peru was criticised by Chile.",
        "Arms exports to Bolivia were vetoed by Norway.",
    ] {
        assert_eq!(with_modality(text), vec![], "sentence: {text}");
    }
}

#[test]
fn a_side_forced_asked_or_unable_to_act_is_still_its_subject() {
    modal_cases! {
        "Bolivia was forced to buy drones from Iran." => "Iran -supplies-> Bolivia", Modality::Asserted;
        "Chile has been allowed to deploy troops to Peru." => "Chile -deploys-> Peru", Modality::Asserted;
        "Norway was asked to send howitzers to Serbia." => "Norway -supplies-> Serbia", Modality::Hedged;
        "Peru was unable to buy tanks from Spain." => "Spain -supplies-> Peru", Modality::Negated;
        "Chad has not been able to buy helicopters from Niger." => "Niger -supplies-> Chad", Modality::Negated;
        "Spain has been able to send tanks to Peru." => "Spain -supplies-> Peru", Modality::Asserted;
    }
    holds_with_modality! {
        "Sweden has now frozen all arms sales to Qatar." => "Sweden -supplies-> Qatar", Modality::Negated;
        "Sweden has now frozen all arms sales to Qatar." => "Sweden -sanctions-> Qatar", Modality::Asserted;
    }
}

#[test]
fn a_negator_inside_an_undoing_cue_cancels_it() {
    // "has not frozen" is the negator "not" and the undoing cue "has frozen": the flow goes on
    // (and the freeze, a measure, is denied).
    holds_with_modality! {
        "Sweden has not frozen its arms sales to Qatar." => "Sweden -supplies-> Qatar", Modality::Asserted;
        "Norway had never frozen weapons exports to Egypt." => "Norway -supplies-> Egypt", Modality::Asserted;
        "Finland hasn't frozen weapons exports to Turkey." => "Finland -supplies-> Turkey", Modality::Asserted;
        "Finland hasn't frozen weapons exports to Turkey." => "Finland -sanctions-> Turkey", Modality::Negated;
    }
    modal_cases! {
        // The negator alone still denies.
        "Greece has not sent weapons to Armenia." => "Greece -supplies-> Armenia", Modality::Negated;
    }
}

#[test]
fn an_end_a_hedge_governs_across_its_side_is_only_possible() {
    // The hedge and the undoing cue with the side that would end the act between them: the act
    // goes on, and its end is only asked for or supposed.
    modal_cases! {
        "Brussels urged Ankara to halt arms sales to Baku." => "Turkey -supplies-> Azerbaijan", Modality::Hedged;
        "Paris called on Rome to suspend its weapons exports to Cairo." => "Italy -supplies-> Egypt", Modality::Hedged;
        "If Spain stops arms deliveries to Morocco, Rabat will protest." => "Spain -supplies-> Morocco", Modality::Hedged;
        "London asked Norway to stop shipping howitzers to Estonia." => "Norway -supplies-> Estonia", Modality::Hedged;
        // Without a hedge the end is a fact; a hedge that governs nothing leaves it one.
        "Ankara halted arms sales to Baku." => "Turkey -supplies-> Azerbaijan", Modality::Negated;
        "Norway, which may soon join the talks, stopped shipping howitzers to Estonia." => "Norway -supplies-> Estonia", Modality::Negated;
    }
}

#[test]
fn a_head_noun_that_is_a_rule_verb_before_a_weapon_is_the_verb() {
    // A headline's present tense: "ships" after a name is the verb when its object is a weapon.
    cases! {
        "Egypt ships rockets to Sudan." => ["Egypt -supplies-> Sudan"];
        "Belarus ships 300 tanks to Russia." => ["Belarus -supplies-> Russia"];
        "Serbia ships its howitzers to Cyprus, officials said." => ["Serbia -supplies-> Cyprus"];
        // The name still modifies the head before another verb.
        "Turkey ships delivered howitzers to Libya." => ["Turkey -supplies-> Libya"];
        "Greece ships sailed to Cyprus." => [];
    }
}

#[test]
fn a_side_that_lets_another_deploy_on_its_territory_hosts_it() {
    cases! {
        "Hungary has permitted Germany to deploy Patriot batteries on its territory." => ["Germany -deploys-> Hungary"];
        "Kazakhstan authorized Russia to station troops on its soil." => ["Russia -deploys-> Kazakhstan"];
        "Chad allowed Spain to station jets at its air bases." => ["Spain -deploys-> Chad"];
        // The forces named by their owner, deployed there or using the host's land or bases.
        "Chad allowed Spanish troops to use its territory." => ["Spain -deploys-> Chad"];
        "Niger has allowed Belgian troops to be stationed on its soil." => ["Belgium -deploys-> Niger"];
        "Chad let Spanish forces operate from its bases." => ["Spain -deploys-> Chad"];
        "Norway allowed Belgian troops to use its ports." => ["Belgium -deploys-> Norway"];
        // Another side's land, the airspace, or no forces named: no stationing.
        "Chad allowed Spanish troops to use Peru's territory." => [];
        "Chad allowed Spanish jets to use its airspace." => [];
        "Chad allowed Spain to use its territory." => [];
        // Elsewhere the place is named, or none is.
        "Serbia allowed Russia to deploy troops." => ["Russia -deploys-> -"];
    }
    modal_cases! {
        "Chad refused to allow Spanish troops to use its territory." => "Spain -deploys-> Chad", Modality::Negated;
        "Chad may allow Spanish troops to use its bases." => "Spain -deploys-> Chad", Modality::Hedged;
    }
}

#[test]
fn forces_on_a_sides_land_are_deployed_to_it() {
    cases! {
        "Spain stationed fighter jets on Chilean territory." => ["Spain -deploys-> Chile"];
        "Belgium has deployed troops on Niger's soil." => ["Belgium -deploys-> Niger"];
        "Peru positioned missiles in Bolivian territory." => ["Peru -deploys-> Bolivia"];
        // its own land names no other side
        "Chile deployed troops on its own territory." => ["Chile -deploys-> -"];
        // arms sent into a land strike it: no side receives them
        "Peru fired drones into Bolivian territory." => [];
        "Peru sent drones into Bolivian territory." => ["Peru -supplies-> -"];
    }
    modal_cases! {
        "Chad asked Spain to deploy fighter jets on its territory." => "Spain -deploys-> Chad", Modality::Hedged;
        "Norway urged Belgium to station troops on its soil." => "Belgium -deploys-> Norway", Modality::Hedged;
    }
}

#[test]
fn a_sides_commodities_stand_for_it_as_what_a_ban_or_sanction_hits() {
    cases! {
        "Australia sanctioned Kazakh uranium exports." => ["Australia -sanctions-> Kazakhstan"];
        "Norway imposed sanctions on Belarusian potash." => ["Norway -sanctions-> Belarus"];
        "Canada sanctioned Russian nuclear fuel." => ["Canada -sanctions-> Russia"];
        // The goods before the flow a ban stops, as after it ("banned imports of Iranian oil").
        "Switzerland banned Russian steel imports." => ["Switzerland -sanctions-> Russia"];
        "Japan banned Syrian oil purchases." => ["Japan -sanctions-> Syria"];
        // A flow after a good it also names ("oil exports"), a good named in the singular as a
        // modifier ("diamond"), and goods beyond fuel and metals of the old list.
        "Spain banned Bolivian oil exports." => ["Spain -sanctions-> Bolivia"];
        "Belgium sanctioned Chadian diamond exports." => ["Belgium -sanctions-> Chad"];
        "Chile banned imports of Bolivian copper." => ["Chile -sanctions-> Bolivia"];
        "Norway restricted Peruvian fish imports." => ["Norway -sanctions-> Peru"];
        "Spain banned imports of Russian vodka and caviar." => ["Spain -sanctions-> Russia"];
        // The side's forces are no goods: a ban on them is no trade ban.
        "Latvia banned Russian troops from its airspace." => [];
    }
}

#[test]
fn a_verb_form_after_a_determiner_takes_no_elided_subject() {
    // After "the" or "its" the form is the noun: whose purchase it was the rules cannot tell
    // (with two sides before it, "its" may be either's).
    assert_eq!(
        with_modality("Chile criticised Peru and welcomed the purchase of frigates from Britain."),
        vec![]
    );
    assert_eq!(
        with_modality("Qatar criticised Oman and praised its purchase of tanks from Germany."),
        vec![]
    );
    assert_eq!(
        with_modality("Kenya praised the talks and backed the supply of rifles to Somalia."),
        vec![]
    );
    // The verb itself takes the first clause's subject.
    cases! {
        "Chile criticised Peru and bought frigates from Britain." => ["United Kingdom -supplies-> Chile"];
    }
}

#[test]
fn a_possessive_pronoun_stands_for_the_one_side_before_it() {
    cases! {
        "Peru defended its purchase of frigates from Britain." => ["United Kingdom -supplies-> Peru"];
        "Chilean officials defended their purchase of Swedish Gripen jets." => ["Sweden -supplies-> Chile"];
        "Kenya confirmed its delivery of rifles to Somalia." => ["Kenya -supplies-> Somalia"];
        "Chad confirmed its deployment of troops to Niger." => ["Chad -deploys-> Niger"];
        // Opening the sentence, the pronoun is a recent subject's.
        "Peru bought frigates in 2020. Its purchase of frigates from Britain cost $1 billion." => ["United Kingdom -supplies-> Peru"];
        // A demonym naming an item is no side the pronoun could stand for.
        "Peru bought British frigates and defended its purchase of jets from France." => ["United Kingdom -supplies-> Peru", "France -supplies-> Peru"];
    }
    // Two sides before it: either may own the purchase.
    assert_eq!(
        with_modality("Chile criticised Peru and defended its purchase of frigates from Britain."),
        vec![]
    );
    assert_eq!(
        with_modality("Peru said Chile had criticised its purchase of frigates from Britain."),
        vec![]
    );
    // A person is nothing "its" stands for.
    assert_eq!(with_modality("Kim Jong Un defended its deployment of troops to Russia."), vec![]);
}

#[test]
fn a_side_penalised_over_its_purchase_bought_it() {
    cases! {
        "Canada sanctioned Mali over its purchase of drones from Turkey." => ["Canada -sanctions-> Mali", "Turkey -supplies-> Mali"];
        "The EU imposed sanctions on Eritrea for its purchase of Iranian drones." => ["European Union -sanctions-> Eritrea", "Iran -supplies-> Eritrea"];
        "Mali was sanctioned over its purchase of drones from Turkey." => ["Turkey -supplies-> Mali"];
    }
}

#[test]
fn a_denial_before_and_leaves_a_noun_of_the_next_predicate_standing() {
    modal_cases! {
        "Qatar rejected the offer and praised its purchase of tanks from Germany." => "Germany -supplies-> Qatar", Modality::Asserted;
        "Peru rejected the bid and welcomed Chile's purchase of frigates from Britain." => "United Kingdom -supplies-> Chile", Modality::Asserted;
        // The denial's own object is still denied.
        "Peru denied Chile's purchase of frigates from Britain." => "United Kingdom -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn a_clause_after_a_comma_gives_no_items_to_the_recipient_before_it() {
    // "has shipped rifles" after the relative clause is the main clause, not what was armed.
    for text in [
        "Chad, which denies arming Sudan, has shipped rifles to Niger.",
        "Chad, which denies arming Sudan, will send rifles.",
    ] {
        let denied: Vec<(String, usize)> = relations(text)
            .iter()
            .filter(|r| r.modality == Modality::Negated)
            .map(|r| (show(r), r.items.len()))
            .collect();
        assert_eq!(denied, [("Chad -supplies-> Sudan".to_string(), 0)], "sentence: {text}");
    }
    cases! {
        "Chad, which denies arming Sudan, has shipped rifles to Niger." => ["Chad -supplies-> Niger"];
    }
}

#[test]
fn plural_titles_after_a_name_stand_for_it() {
    cases! {
        "EU foreign ministers agreed to sanction Iran." => [];
        "NATO defence ministers decided to deploy troops to Estonia." => ["NATO -deploys-> Estonia"];
        "G7 finance ministers decided to sanction Russian banks." => ["G7 -sanctions-> Russia"];
        "EU member states decided to impose sanctions on Belarus." => ["European Union -sanctions-> Belarus"];
    }
    holds_with_modality! {
        "EU foreign ministers agreed to sanction Iran." => "European Union -sanctions-> Iran", Modality::Hedged;
    }
}

#[test]
fn a_buyer_carrying_out_a_purchase_bought_it() {
    cases! {
        "Peru completed the purchase of frigates from Britain." => ["United Kingdom -supplies-> Peru"];
        "Despite objections from Chile, Peru went ahead with the purchase of frigates from Britain." => ["United Kingdom -supplies-> Peru"];
        "Chad moved forward with the purchase of howitzers from Spain." => ["Spain -supplies-> Chad"];
        "Peru finalised the purchase of Swedish Gripen jets." => ["Sweden -supplies-> Peru"];
        // A side that only speaks of the purchase made none.
        "Chile criticised the purchase of frigates from Britain." => [];
    }
}

#[test]
fn an_accused_deployment_is_the_accused_sides() {
    cases! {
        "Chad accused Sudan of deploying troops to Libya." => ["Sudan -deploys-> Libya"];
        "Sudan has been accused by Chad of deploying troops to Libya." => ["Sudan -deploys-> Libya"];
    }
}

#[test]
fn sanctions_named_before_their_imposer_are_its() {
    cases! {
        "The sanctions, imposed by Canada in May, target Iranian officials." => ["Canada -sanctions-> Iran"];
        "The sanctions, announced by Japan on Friday, hit Russian banks." => ["Japan -sanctions-> Russia"];
    }
}

#[test]
fn the_month_may_is_no_modal() {
    modal_cases! {
        "Since May, Chad has shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        "On May 9, Chad shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        "Chad may ship rifles to Niger." => "Chad -supplies-> Niger", Modality::Hedged;
        "This may lead Chad to ship rifles to Niger." => "Chad -supplies-> Niger", Modality::Hedged;
    }
}

#[test]
fn a_sanction_noun_coordinated_after_another_measure_is_a_noun() {
    cases! {
        "Canada imposed tariffs and sanctions on Nicaragua." => ["Canada -sanctions-> Nicaragua"];
        "Norway imposed visa curbs and sanctions against Eritrea." => ["Norway -sanctions-> Eritrea"];
    }
}

#[test]
fn a_system_named_by_its_family_name_is_that_system() {
    assert_eq!(
        item_names("Israel sold the Barak air defence system to Azerbaijan."),
        vec!["Barak-8"]
    );
}

#[test]
fn a_side_facing_a_measure_is_its_target() {
    cases! {
        "Eritrea faces sanctions from Norway, Canada and Japan." => ["Norway -sanctions-> Eritrea", "Canada -sanctions-> Eritrea", "Japan -sanctions-> Eritrea"];
        "Nicaragua drew fresh sanctions from Canada over the crackdown." => ["Canada -sanctions-> Nicaragua"];
        "Peruvian firms faced Chilean sanctions over the dispute." => ["Chile -sanctions-> Peru"];
        // facing something else
        "Eritrea faces a deadline from Norway on sanctions." => [];
        "Peru drew lessons from Chilean sanctions on Bolivia." => ["Chile -sanctions-> Bolivia"];
        "Peru faced questions about Chilean sanctions on Bolivia." => ["Chile -sanctions-> Bolivia"];
    }
    modal_cases! {
        "Eritrea could face sanctions from Norway." => "Norway -sanctions-> Eritrea", Modality::Hedged;
        "Eritrea faces the threat of sanctions from Norway." => "Norway -sanctions-> Eritrea", Modality::Hedged;
        "Eritrea faces the prospect of sanctions from Norway." => "Norway -sanctions-> Eritrea", Modality::Hedged;
        "Eritrea faces no new sanctions from Norway." => "Norway -sanctions-> Eritrea", Modality::Negated;
    }
}

#[test]
fn sanctions_being_prepared_are_planned() {
    modal_cases! {
        "Canada is preparing a new package of sanctions against Nicaragua." => "Canada -sanctions-> Nicaragua", Modality::Hedged;
        "Norway is weighing sanctions on Eritrea." => "Norway -sanctions-> Eritrea", Modality::Hedged;
        "Japan proposed sanctions on Myanmar." => "Japan -sanctions-> Myanmar", Modality::Hedged;
    }
}

#[test]
fn a_sides_arms_that_come_from_another_were_supplied_by_it() {
    cases! {
        "Most of Peru's rifles come from Belgium." => ["Belgium -supplies-> Peru"];
        "About 60 percent of Chile's arms imports came from Spain last decade." => ["Spain -supplies-> Chile"];
        // no arms named
        "Peru's president came from Belgium." => [];
        // the arms that came are another side's: an auxiliary ends the owner's items
        "Peru's tanks were destroyed by shells that came from Chile." => [];
    }
    modal_cases! {
        "Some of Peru's howitzers may come from Serbia." => "Serbia -supplies-> Peru", Modality::Hedged;
        "None of Peru's howitzers came from Serbia." => "Serbia -supplies-> Peru", Modality::Negated;
    }
}

#[test]
fn a_share_quantifier_before_an_owner_leaves_the_owner_free() {
    cases! {
        "Few of Peru's howitzers came from Serbia." => ["Serbia -supplies-> Peru"];
        "Belgium supplied a few of Chile's rifles." => ["Belgium -supplies-> Chile"];
    }
}

#[test]
fn forces_based_or_remaining_abroad_are_deployed() {
    cases! {
        "Spain bases about 2,000 soldiers in Latvia." => ["Spain -deploys-> Latvia"];
        "Spanish troops remain in Latvia despite the cuts." => ["Spain -deploys-> Latvia"];
        "Chadian forces stayed in Niger after the exercise." => ["Chad -deploys-> Niger"];
        // not forces
        "Ukrainian refugees remain in Latvia." => [];
        "The firm, based in Spain, sold rifles to Latvia." => [];
    }
    modal_cases! {
        "Spain plans to base a brigade in Latvia." => "Spain -deploys-> Latvia", Modality::Hedged;
        "Spanish troops will not remain in Latvia." => "Spain -deploys-> Latvia", Modality::Negated;
    }
}

#[test]
fn a_suppliers_answer_to_a_request_for_arms() {
    modal_cases! {
        "Belgium rejected a Peruvian request for howitzers." => "Belgium -supplies-> Peru", Modality::Negated;
        "Spain turned down a request from Chile for frigates." => "Spain -supplies-> Chile", Modality::Negated;
        "Belgium has refused Peru's requests for howitzers." => "Belgium -supplies-> Peru", Modality::Negated;
        "Belgium granted Peru's request for howitzers." => "Belgium -supplies-> Peru", Modality::Asserted;
    }
    cases! {
        // no arms asked for
        "Belgium rejected a Peruvian request for more money." => [];
        // leave to send is the asker's act, not the answering side's
        "Belgium approved a Dutch request to send howitzers to Peru." => [];
    }
}

#[test]
fn a_side_refusing_the_claim_after_but_negates_it() {
    modal_cases! {
        "Peru asked Spain for frigates, but Madrid refused." => "Spain -supplies-> Peru", Modality::Negated;
        "Chile has asked Belgium for howitzers, but the Belgians have so far declined, citing costs." => "Belgium -supplies-> Chile", Modality::Negated;
        "Chile asked Belgium for howitzers, but it refused." => "Belgium -supplies-> Chile", Modality::Negated;
        "Chile asked Belgium for howitzers, but Belgium has flatly refused." => "Belgium -supplies-> Chile", Modality::Negated;
        "Chile asked Belgium for howitzers, but Belgium has not refused." => "Belgium -supplies-> Chile", Modality::Hedged;
        // a refusal of something else, or by a side the claim does not name
        "Peru asked Spain for frigates, but Spain refused to comment." => "Spain -supplies-> Peru", Modality::Hedged;
        "Peru asked Spain for frigates, but Chile refused." => "Spain -supplies-> Peru", Modality::Hedged;
        "Spain sent frigates to Peru, but Chile refused." => "Spain -supplies-> Peru", Modality::Asserted;
    }
    // the refusal answers the later claim only
    holds_with_modality! {
        "Spain sent frigates to Peru and Chile asked Spain for rifles, but Spain refused." => "Spain -supplies-> Peru", Modality::Asserted;
        "Spain sent frigates to Peru and Chile asked Spain for rifles, but Spain refused." => "Spain -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn doubt_that_an_act_happens_hedges_it() {
    modal_cases! {
        "Analysts doubt that Belgium will arm Peru." => "Belgium -supplies-> Peru", Modality::Hedged;
        "Officials doubted whether Spain had shipped rifles to Chile." => "Spain -supplies-> Chile", Modality::Hedged;
    }
}

#[test]
fn committing_arms_is_pledging_them() {
    modal_cases! {
        "Spain has committed Leopard tanks and howitzers to Latvia." => "Spain -supplies-> Latvia", Modality::Asserted;
        "Spain committed to sending howitzers to Latvia." => "Spain -supplies-> Latvia", Modality::Hedged;
    }
    cases! {
        "Spain committed crimes in Latvia." => [];
    }
}

#[test]
fn the_head_of_a_side_stands_for_it_in_a_sanction() {
    cases! {
        "Canada sanctioned the head of Eritrea's navy." => ["Canada -sanctions-> Eritrea"];
        "Norway sanctioned the head of the Wagner Group." => ["Norway -sanctions-> Wagner Group"];
    }
}

#[test]
fn a_threat_or_plan_in_another_clause_hedges_nothing() {
    modal_cases! {
        "Despite the threat of sanctions, Chad shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        "Despite the risks, Chad shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        "As Mali prepared its offensive, Chad shipped rifles to Mali." => "Chad -supplies-> Mali", Modality::Asserted;
        "While Niger weighed its options, Chad shipped rifles to Mali." => "Chad -supplies-> Mali", Modality::Asserted;
        "Chad, committed to the alliance, shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        "Chad, threatened with sanctions, shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        "Few doubt that Chad shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
    }
}

#[test]
fn a_weapon_that_only_names_people_or_events_is_no_item() {
    cases! {
        "Peru received F-16 pilots from Belgium." => [];
        "Peru received F-16 fighter pilots from Belgium." => [];
        "Chile's missile warnings came from Peru." => [];
        "Chile suffered drone strikes from Peru." => [];
        "Spain sent Leopard crews to Latvia." => [];
        // A weapon after the noun is what it names: strike drones are drones.
        "Spain sent Lancet strike drones to Latvia." => ["Spain -supplies-> Latvia"];
        "Spain sent F-16 jets to Latvia." => ["Spain -supplies-> Latvia"];
    }
    // The other conjuncts of the list are still items.
    assert_eq!(item_names("Spain sent howitzers and F-16 pilots to Latvia."), ["howitzers"]);
    assert_eq!(item_names("Spain sent F-16 instructors and howitzers to Latvia."), ["howitzers"]);
    assert_eq!(item_names("Spain sent F-16 training jets to Latvia."), ["F-16", "warplanes"]);
    // Upkeep of a weapon is still arms trade.
    assert_eq!(
        item_names("Spain approved the sale of F-16 maintenance equipment to Latvia."),
        ["F-16"]
    );
}

#[test]
fn arms_offered_are_hedged() {
    modal_cases! {
        "Belgium offered Peru Leopard tanks." => "Belgium -supplies-> Peru", Modality::Hedged;
        "Spain offered howitzers to Chile." => "Spain -supplies-> Chile", Modality::Hedged;
        "Spain offers drones to Chile." => "Spain -supplies-> Chile", Modality::Hedged;
        "Spain is offering Chile air defence systems." => "Spain -supplies-> Chile", Modality::Hedged;
    }
    cases! {
        // The offer as a noun: the side rejecting it offered nothing.
        "Chile rejected the offer of howitzers from Spain." => [];
        "Spain offered talks to Chile." => [];
        "Spain made an offer of howitzers to Chile." => [];
    }
}

#[test]
fn issuing_export_licences_for_arms_is_a_commitment_to_supply() {
    modal_cases! {
        "Norway issued export licences for rifles to Chile." => "Norway -supplies-> Chile", Modality::Asserted;
        "Belgium has been issuing permits for the export of howitzers to Peru." => "Belgium -supplies-> Peru", Modality::Asserted;
        "Spain stopped issuing export permits for drones to Chad." => "Spain -supplies-> Chad", Modality::Negated;
        // One licence, with its article, and permits named after the arms they are for.
        "Norway issued an export licence for rifles to Chile." => "Norway -supplies-> Chile", Modality::Asserted;
        "Spain has issued an export permit for drones to Chad." => "Spain -supplies-> Chad", Modality::Asserted;
        "Belgium has suspended arms export permits to Peru." => "Belgium -supplies-> Peru", Modality::Negated;
    }
    // Other things issued are words, not licences.
    cases! {
        "Spain issued a warning about rifles to Chile." => [];
    }
}

#[test]
fn an_agreement_in_principle_is_hedged() {
    modal_cases! {
        "Chile has agreed in principle to buy howitzers from Spain." => "Spain -supplies-> Chile", Modality::Hedged;
        "Chile has in principle agreed to buy howitzers from Spain." => "Spain -supplies-> Chile", Modality::Hedged;
        "Spain agreed in principle to send rifles to Peru." => "Spain -supplies-> Peru", Modality::Hedged;
    }
}

#[test]
fn sanctions_threatened_are_hedged() {
    modal_cases! {
        "Spain threatened sanctions against Chad." => "Spain -sanctions-> Chad", Modality::Hedged;
        "Norway has threatened new sanctions on Peru over the purchase." => "Norway -sanctions-> Peru", Modality::Hedged;
        "Belgium is threatening an arms embargo on Chad." => "Belgium -sanctions-> Chad", Modality::Hedged;
    }
    // A threat of something else is no sanction, and threatening a side hedges no later act.
    cases! {
        "Chile threatened retaliatory measures against Peru." => [];
        "Chile threatened Peru and sent troops to Bolivia." => ["Chile -deploys-> Bolivia"];
    }
}

#[test]
fn a_side_threatened_with_sanctions_is_a_hedged_target() {
    modal_cases! {
        "Norway threatened Peru with sanctions." => "Norway -sanctions-> Peru", Modality::Hedged;
        "Spain threatened Chilean banks with sanctions." => "Spain -sanctions-> Chile", Modality::Hedged;
        "Spain has threatened the Peruvian envoy with new sanctions." => "Spain -sanctions-> Peru", Modality::Hedged;
        // A threat made good is the act.
        "Belgium imposed the threatened sanctions on Chad." => "Belgium -sanctions-> Chad", Modality::Asserted;
        "Belgium imposed its long-threatened sanctions on Chad." => "Belgium -sanctions-> Chad", Modality::Asserted;
        // The threatened side in an aside acts on its own.
        "Chad, threatened by Niger with sanctions, shipped rifles to Peru." => "Chad -supplies-> Peru", Modality::Asserted;
    }
    // Each side of a pair or a list of three or four is threatened.
    for text in [
        "Belgium threatened Chad and Niger with an arms embargo.",
        "Belgium threatened Chadian and Nigerien firms with sanctions.",
        "Belgium threatened Chad, Niger and Spain with sanctions.",
        "Belgium threatened Chadian, Nigerien and Spanish firms with sanctions.",
        "Belgium threatened Chad, Niger, Spain and Peru with sanctions.",
        "Belgium threatens Chad, Niger, Spain, and Peru with an embargo.",
    ] {
        holds_with_modality! {
            text => "Belgium -sanctions-> Chad", Modality::Hedged;
            text => "Belgium -sanctions-> Niger", Modality::Hedged;
        }
        let found = with_modality(text);
        assert!(found.iter().all(|(_, m)| *m == Modality::Hedged), "{text}: {found:?}");
    }
    cases! {
        "Chile threatened Peru with retaliation." => [];
    }
}

#[test]
fn an_order_placed_with_a_seller_is_a_supply() {
    cases! {
        "Chile placed an order for 40 Leopard tanks from Spain." => ["Spain -supplies-> Chile"];
        "Peru has placed a $1 billion order with Norway for howitzers." => ["Norway -supplies-> Peru"];
        "Chad made an order for rifles with Belgium." => ["Belgium -supplies-> Chad"];
        "Chile placed orders for drones from Spain and rifles from Peru." => ["Spain -supplies-> Chile", "Peru -supplies-> Chile"];
        // An order of something else is no arms order.
        "Chile placed an order for spare parts from Spain and sent rifles to Peru." => ["Chile -supplies-> Peru"];
    }
    modal_cases! {
        "Chile may place an order for howitzers with Spain." => "Spain -supplies-> Chile", Modality::Hedged;
        "Chile cancelled an order for howitzers from Spain." => "Spain -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn a_side_joining_others_in_an_act_is_its_subject() {
    // Any rule's act, not only those written with the joined side: a trade ban, frozen assets.
    cases! {
        "Chile joined the EU in banning imports of Bolivian steel." => ["Chile -sanctions-> Bolivia"];
        "Chile joined Peru in banning Bolivian steel imports." => ["Chile -sanctions-> Bolivia"];
        "Norway has joined other NATO members in freezing Russian assets." => ["Norway -sanctions-> Russia"];
        "Spain joined European allies in shipping rifles to Niger." => ["Spain -supplies-> Niger"];
        "Belgium joined Spain and Italy in deploying troops to Chad." => ["Belgium -deploys-> Chad"];
        // Joining an alliance in some month is no act.
        "Finland joined NATO in April." => [];
    }
    modal_cases! {
        "Peru refused to join Chile in sanctioning Bolivia." => "Peru -sanctions-> Bolivia", Modality::Negated;
    }
}

#[test]
fn a_refusal_or_intent_in_progress_marks_the_act_it_governs() {
    modal_cases! {
        "Chile is refusing to send rifles to Peru." => "Chile -supplies-> Peru", Modality::Negated;
        "Chile is declining to ship rifles to Peru." => "Chile -supplies-> Peru", Modality::Negated;
        "Spain kept failing to deliver howitzers to Chad." => "Spain -supplies-> Chad", Modality::Negated;
        "Norway is choosing not to sanction Peru." => "Norway -sanctions-> Peru", Modality::Negated;
        "Spain is promising to send howitzers to Chad." => "Spain -supplies-> Chad", Modality::Hedged;
        "Spain is hoping to deliver howitzers to Chad." => "Spain -supplies-> Chad", Modality::Hedged;
        "Spain had intended to deploy troops to Chad." => "Spain -deploys-> Chad", Modality::Hedged;
        "Spain is aiming to impose sanctions on Peru." => "Spain -sanctions-> Peru", Modality::Hedged;
        "Chile has been vowing to sell rifles to Peru." => "Chile -supplies-> Peru", Modality::Hedged;
        // A decision is the act, as "decided to" has been.
        "Norway is deciding to send rifles to Chad." => "Norway -supplies-> Chad", Modality::Asserted;
    }
}

#[test]
fn going_forward_with_something_moves_nothing() {
    cases! {
        "Chile decided to move forward with the Rafale deal." => [];
        "Peru will move ahead with the K2 tank purchase." => [];
        "Chile moved with tanks." => [];
        // The "with" of a rule, and one after a pronoun, are still read.
        "Spain supplied Chad with howitzers." => ["Spain -supplies-> Chad"];
        "Spain built rifles and shipped them with howitzers to Chad." => ["Spain -supplies-> Chad"];
        "Spain moved troops with tanks to Chad." => ["Spain -deploys-> Chad"];
    }
}

#[test]
fn a_participle_clause_after_the_subject_is_the_subjects_act() {
    // The subject, a comma, and a participle or "after" with a gerund: the act inside is the
    // subject's, with the cues inside the clause.
    modal_cases! {
        "Chad, having supplied rifles to Niger, faces sanctions." => "Chad -supplies-> Niger", Modality::Asserted;
        "Peru, after buying howitzers from Spain, met its envoy." => "Spain -supplies-> Peru", Modality::Asserted;
        "Chile, vowing to sell rifles to Bolivia, met its envoy." => "Chile -supplies-> Bolivia", Modality::Hedged;
        "Norway, refusing to send tanks to Chad, met its envoy." => "Norway -supplies-> Chad", Modality::Negated;
    }
    // The object of a verb before the comma is not the participle's subject.
    let sentence = "Chad attacked Niger, having bought rifles from Spain.";
    let found = relations(sentence);
    assert!(found.iter().all(|r| name(r.target) != "Niger"), "{sentence}: {found:?}");
}

#[test]
fn a_perfect_with_long_is_the_act_of_its_subject() {
    modal_cases! {
        "Spain has long armed Chad." => "Spain -supplies-> Chad", Modality::Asserted;
        "Norway had long sent rifles to Niger." => "Norway -supplies-> Niger", Modality::Asserted;
        "Peru has long asked Chile for rifles." => "Chile -supplies-> Peru", Modality::Hedged;
        "Belgium has long refused to ship tanks to Chad." => "Belgium -supplies-> Chad", Modality::Negated;
    }
}

#[test]
fn a_measure_ended_after_its_naming_or_by_its_imposer_is_negated() {
    modal_cases! {
        "Sanctions on Peru were lifted by Chile." => "Chile -sanctions-> Peru", Modality::Negated;
        "The ban on Bolivian copper was eased by Chile in 2019." => "Chile -sanctions-> Bolivia", Modality::Negated;
        "The Spanish sanctions on Chad were lifted in 2019." => "Spain -sanctions-> Chad", Modality::Negated;
        "Sanctions imposed on Niger by Norway were eased last year." => "Norway -sanctions-> Niger", Modality::Negated;
        "Belgium's embargo on Chad expired in 2020." => "Belgium -sanctions-> Chad", Modality::Negated;
        "Chile revoked its sanctions on Bolivia." => "Chile -sanctions-> Bolivia", Modality::Negated;
        "Spain waived sanctions on Niger." => "Spain -sanctions-> Niger", Modality::Negated;
        // not lifting them keeps them in force
        "Sanctions on Peru were not lifted by Chile." => "Chile -sanctions-> Peru", Modality::Asserted;
    }
}

#[test]
fn the_cues_after_a_claim_stop_at_a_subordinate_clause_or_the_end_of_its_apposition() {
    modal_cases! {
        "Spain sent rifles to Chad after talks with Niger were halted." => "Spain -supplies-> Chad", Modality::Asserted;
        "Spain sent rifles to Chad, as the deal with Niger was cancelled." => "Spain -supplies-> Chad", Modality::Asserted;
        "Restrictions on Spain, Chad's main supplier of rifles, were eased." => "Spain -supplies-> Chad", Modality::Asserted;
        "Rifles that Spain sent to Chad ended up in Niger." => "Spain -supplies-> Chad", Modality::Asserted;
        "Spain ended up sending rifles to Chad." => "Spain -supplies-> Chad", Modality::Asserted;
        // the claim's own predicate still denies it, and a list in the claim is no apposition
        "Spain's shipment of rifles to Chad was halted." => "Spain -supplies-> Chad", Modality::Negated;
        "Spain sent rifles, tanks and shells to Chad, a claim Madrid rejects." => "Spain -supplies-> Chad", Modality::Hedged;
    }
}

#[test]
fn an_embargo_named_by_its_arms_is_its_imposers_and_a_side_before_a_verb_modifies_nothing() {
    modal_cases! {
        "The Spanish arms embargo on Chad remains in place." => "Spain -sanctions-> Chad", Modality::Asserted;
        "Peru blocked the EU arms embargo on Chile." => "European Union -sanctions-> Chile", Modality::Negated;
        "Peru opposed a new EU drone ban on Chile." => "European Union -sanctions-> Chile", Modality::Hedged;
    }
    assert_eq!(item_names("The Spanish arms embargo on Chad remains in place."), ["arms"]);
    // A side, then a verb: the side is no modifier of the compound after the verb.
    cases! {
        "Peru criticised growing drone transfers to Chile." => [];
        "Chile welcomed new tank deliveries to Bolivia." => [];
        "Kyiv condemned the Iranian drone transfers to Russia." => ["Iran -supplies-> Russia"];
    }
}

#[test]
fn a_side_apart_from_the_verb_before_the_anchor_is_still_read() {
    cases! {
        // past an aside, a conjunction or a relative pronoun ("T W:face … N:sanction")
        "Chad, having bought rifles from Spain, now faces new EU sanctions." =>
            ["Spain -supplies-> Chad", "European Union -sanctions-> Chad"];
        "Peru, a close partner of Chile, faces sanctions from Bolivia." => ["Bolivia -sanctions-> Peru"];
        "Niger expelled its envoy and now faces sanctions from Norway." => ["Norway -sanctions-> Niger"];
        "Spain sold rifles to Chad, which now faces sanctions from Niger." =>
            ["Spain -supplies-> Chad", "Niger -sanctions-> Chad"];
        // a passive with its auxiliary in the rule ("T W:be V:supply I by S")
        "Chad, short of ammunition, was given rifles by Spain." => ["Spain -supplies-> Chad"];
        "Chad bought tanks from Peru and was given rifles by Spain." =>
            ["Peru -supplies-> Chad", "Spain -supplies-> Chad"];
        // carrying out a purchase is the buyer's act, whoever "its" might stand for
        "Chile criticised Peru and completed its purchase of frigates from Britain." =>
            ["United Kingdom -supplies-> Chile"];
        // the side must open the sentence before an aside: an object before one acts in nothing
        "Peru praised Chile, a close partner, and faces sanctions from Bolivia." =>
            ["Bolivia -sanctions-> Peru"];
    }
}

#[test]
fn a_perfect_participle_after_a_clause_shares_its_subject_and_not_its_cues() {
    cases! {
        "Chad attacked Niger, having bought rifles from Spain." => ["Spain -supplies-> Chad"];
        "Peru sent tanks to Chile, having earlier shipped rifles to Bolivia." =>
            ["Peru -supplies-> Chile", "Peru -supplies-> Bolivia"];
        "Reports say that Chad attacked Niger, having bought rifles from Spain." =>
            ["Spain -supplies-> Chad"];
        // the clause's own subject only: not an actor after an attribution, nor its object
        "Spain said Chad attacked Niger, having bought rifles from Peru." => [];
        "Spain praised Chad, having sent rifles to Niger." => ["Spain -supplies-> Niger"];
        "Spain and Chad, having sent rifles to Niger, met in Madrid." =>
            ["Spain -supplies-> Niger", "Chad -supplies-> Niger"];
    }
    // The strike's "overnight" says nothing of the supply in the participle.
    modal_cases! {
        "Chad struck Niger overnight, having been supplied with rifles by Spain." =>
            "Spain -supplies-> Chad", Modality::Asserted;
    }
}

#[test]
fn a_side_and_its_verb_apart_by_an_aside_between_commas_still_match() {
    modal_cases! {
        "Sanctions on Chile, imposed in 2019, were lifted by Spain." =>
            "Spain -sanctions-> Chile", Modality::Negated;
        "The embargo on Chad, in place since 1990, was lifted by Niger." =>
            "Niger -sanctions-> Chad", Modality::Negated;
        "The embargo on Chile, which Peru opposed, was lifted by Spain." =>
            "Spain -sanctions-> Chile", Modality::Negated;
        // cues after the aside are read as before it
        "Sanctions on Chile, imposed in 2019, may be lifted by Spain." =>
            "Spain -sanctions-> Chile", Modality::Hedged;
        "Sanctions on Chile, imposed in 2019, were not lifted by Spain." =>
            "Spain -sanctions-> Chile", Modality::Asserted;
    }
    cases! {
        "The rifles, first seen in 2022, were supplied to Chad by Spain." => ["Spain -supplies-> Chad"];
        "The rifles, which were first seen in 2022, were sold to Chad by Spain." =>
            ["Spain -supplies-> Chad"];
        // the verb must follow the closing comma: commas between clauses close no aside
        "Peru bought tanks, Chile bought jets, and Bolivia was sanctioned by Spain." =>
            ["Spain -sanctions-> Bolivia"];
        // past optional steps of the rule that match nothing (`I ,? which|that? W:be? V by S`)
        "The rifles, first seen in 2022, were delivered by Spain." => ["Spain -supplies-> -"];
        // a verb or an actor inside the aside leaves the items the subject of the verb after it
        "The rifles, ordered by Peru in 2019, were delivered to Chad by Spain." =>
            ["Spain -supplies-> Chad"];
        "The rifles, which Peru had bought in 2020, were shipped to Peru by Spain." =>
            ["Spain -supplies-> Peru"];
        // outside an aside, a verb between the items and the anchor still ends the subject
        "Chilean soldiers have used rifles supplied by Spain." => ["Spain -supplies-> Chile"];
        // a relative clause with an aside of its own after "which"
        "Niger sanctioned Peru, which, officials said, sent rifles to Chile." =>
            ["Niger -sanctions-> Peru", "Peru -supplies-> Chile"];
        "Niger sanctioned Peru, which, according to Chad, sent rifles to Chile." =>
            ["Niger -sanctions-> Peru", "Peru -supplies-> Chile"];
    }
    // An aside with weapons after the items is more of them, not an aside.
    assert_eq!(
        item_names("The shells, among them 155mm rounds, were shipped to Chad by Spain."),
        ["artillery shells", "155mm artillery shells"]
    );
}

/// The origin named after the items of a passive is their supplier, unless a "by" names
/// another.
#[test]
fn the_origin_after_the_items_of_a_passive_supplies_them() {
    cases! {
        "Rifles from Spain were delivered to Chile." => ["Spain -supplies-> Chile"];
        "Rifles from a Spanish firm were shipped to Chile." => ["Spain -supplies-> Chile"];
        "Rifles from Spain, Peru said, were delivered to Chile." => ["Spain -supplies-> Chile"];
        "Rifles from Peru were sent to Chile by Spain." => ["Spain -supplies-> Chile"];
        // what comes from a state is no item unless the gazetteer knows it as one
        "Officials from Spain were sent to Chile." => [];
    }
    modal_cases! {
        "Rifles from Spain were not delivered to Chile." =>
            "Spain -supplies-> Chile", Modality::Negated;
        "Rifles from Spain may be sent to Chile." => "Spain -supplies-> Chile", Modality::Hedged;
    }
}

#[test]
fn a_list_that_opens_a_passive_is_all_of_its_subject() {
    assert_eq!(
        item_names("Drones, missiles and shells were sent to Chile by Peru."),
        ["drones", "missiles", "artillery shells"]
    );
    assert_eq!(
        item_names("In May, drones and tanks were sent to Chad by Spain."),
        ["drones", "tanks"]
    );
    // After a verb of the rules, an item with an auxiliary of its own opens a clause of its own.
    holds_with_modality! {
        "Peru did not send troops and Chilean troops were deployed to Bolivia." =>
            "Chile -deploys-> Bolivia", Modality::Asserted;
    }
    assert!(!asserted("Peru sent troops and tanks were deployed to Bolivia.")
        .contains(&"Peru -deploys-> Bolivia".to_string()));
}

#[test]
fn a_deal_or_purchase_called_off_is_negated() {
    modal_cases! {
        "Chile cancelled a contract to buy Spike missiles from Peru." => "Peru -supplies-> Chile", Modality::Negated;
        "Chile has scrapped plans to buy howitzers from Spain." => "Spain -supplies-> Chile", Modality::Negated;
        "Chile scrapped the purchase of howitzers from Spain." => "Spain -supplies-> Chile", Modality::Negated;
        "Chile's government cancelled the purchase of Spanish rifles." => "Spain -supplies-> Chile", Modality::Negated;
        "Norway tore up an agreement to supply tanks to Chad." => "Norway -supplies-> Chad", Modality::Negated;
        // The deal's worth between the verb and the deal.
        "Norway terminated a $2 billion deal to sell F-16 jets to Peru." => "Norway -supplies-> Peru", Modality::Negated;
        "Spain suspended a 300 million euro contract to buy tanks from Peru." => "Peru -supplies-> Spain", Modality::Negated;
        // A cancellation not made leaves the deal, which is still no delivery.
        "Chile did not cancel the contract to buy howitzers from Spain." => "Spain -supplies-> Chile", Modality::Hedged;
        // Something else called off does not reach the next act.
        "Chile cancelled talks and sent rifles to Peru." => "Chile -supplies-> Peru", Modality::Asserted;
    }
}

#[test]
fn the_bare_offer_after_a_modal_or_to_is_a_hedged_verb() {
    modal_cases! {
        "Belgium will offer Peru Leopard tanks." => "Belgium -supplies-> Peru", Modality::Hedged;
        "Spain could soon offer howitzers to Chile." => "Spain -supplies-> Chile", Modality::Hedged;
        "Spain would offer drones to Chile." => "Spain -supplies-> Chile", Modality::Hedged;
        "Spain plans to offer Chile air defence systems." => "Spain -supplies-> Chile", Modality::Hedged;
        "Spain did not offer Chile any howitzers." => "Spain -supplies-> Chile", Modality::Negated;
    }
    // An offer accepted before the act hedges nothing the act did.
    modal_cases! {
        "Chile accepted the offer and sent howitzers to Peru." => "Chile -supplies-> Peru", Modality::Asserted;
    }
}

#[test]
fn the_cues_of_a_subordinate_clause_opening_the_sentence_stay_in_it() {
    modal_cases! {
        "After Peru warned of sanctions, Chile sent rifles to Niger." => "Chile -supplies-> Niger", Modality::Asserted;
        "Although it denied the report, Chad shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        "Despite offers of talks, Chad shipped rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        "When asked about the reports, officials said Chad sent rifles to Niger." => "Chad -supplies-> Niger", Modality::Asserted;
        // A claim inside the opening clause keeps its cues, and a condition is no such clause.
        "Although Chile may send rifles to Peru, officials are calm." => "Chile -supplies-> Peru", Modality::Hedged;
        "If talks fail, Chile may send rifles to Peru." => "Chile -supplies-> Peru", Modality::Hedged;
        "Before the war, Spain refused to send tanks to Latvia." => "Spain -supplies-> Latvia", Modality::Negated;
    }
    holds_with_modality! {
        "While Spain refused to send tanks, Belgium sent howitzers to Latvia." => "Belgium -supplies-> Latvia", Modality::Asserted;
    }
}

#[test]
fn holding_back_from_an_act_negates_it() {
    modal_cases! {
        "Norway stopped short of sanctioning Chile." => "Norway -sanctions-> Chile", Modality::Negated;
        "Norway has held off on sanctioning Peruvian refiners." => "Norway -sanctions-> Peru", Modality::Negated;
        "Spain refrained from sending howitzers to Latvia." => "Spain -supplies-> Latvia", Modality::Negated;
        // What is held back is the act right after the cue, not one after "but".
        "Spain refrained from criticism but sent howitzers to Latvia." => "Spain -supplies-> Latvia", Modality::Asserted;
    }
}

#[test]
fn a_demonym_gives_mercenaries_a_nationality_not_a_sender() {
    cases! {
        "Hundreds of Chilean mercenaries are fighting for Peru." => [];
        "Chilean troops are fighting for Peru." => ["Chile -deploys-> Peru"];
        "Chile sent Peruvian mercenaries to Niger." => ["Chile -deploys-> Niger"];
    }
}

#[test]
fn a_rule_noun_after_a_modal_or_negator_is_a_verb() {
    modal_cases! {
        "Croatia will freeze the deliveries of drones to Serbia." => "Croatia -supplies-> Serbia", Modality::Negated;
        "Spain did not freeze deliveries of howitzers to Morocco." => "Spain -supplies-> Morocco", Modality::Asserted;
        // Elsewhere the noun cues nothing: the measure is the relation.
        "Japan imposed an asset freeze on Russian banks." => "Japan -sanctions-> Russia", Modality::Asserted;
        "Portugal announced a freeze on arms sales to Israel." => "Portugal -sanctions-> Israel", Modality::Asserted;
    }
    // A ban or freeze of the trade negates the supply and is a sanction of the buyer.
    holds_with_modality! {
        "Italy will freeze arms exports to Egypt." => "Italy -supplies-> Egypt", Modality::Negated;
        "Italy will freeze arms exports to Egypt." => "Italy -sanctions-> Egypt", Modality::Asserted;
        "Belgium will ban arms exports to Israel." => "Belgium -supplies-> Israel", Modality::Negated;
        "Belgium will ban arms exports to Israel." => "Belgium -sanctions-> Israel", Modality::Asserted;
    }
}

#[test]
fn an_anaphor_after_an_opening_subordinate_clause_is_its_subject() {
    cases! {
        "Although Belgium objected, it sent howitzers to Peru." => ["Belgium -supplies-> Peru"];
        "After the EU met, it sanctioned Chad." => ["European Union -sanctions-> Chad"];
        "When Chile joined the talks, it also shipped rifles to Niger." => ["Chile -supplies-> Niger"];
        // The clause must open with the actor: nothing else is a referent.
        "Although the weather was bad, it sent howitzers to Peru." => [];
    }
    // Its own subject needs no anaphor.
    cases! {
        "After Chile hesitated, Spain sent howitzers to Peru." => ["Spain -supplies-> Peru"];
    }
}

/// After a short opening phrase of time or manner, or a subordinate clause no actor opens, an
/// anaphor refers to the subject of a recent sentence.
#[test]
fn a_verb_after_and_in_a_clause_an_anaphor_opens_is_the_anaphors() {
    // The actors after the anaphor are the first predicate's objects, not the second's subject.
    for (text, want) in [
        (
            "Spain makes howitzers. It buys rifles and sells them to Chad.",
            vec!["Spain -supplies-> Chad"],
        ),
        (
            "Spain makes howitzers. It buys rifles from Peru and sells them to Chad.",
            vec!["Peru -supplies-> Spain", "Spain -supplies-> Chad"],
        ),
        (
            "Norway has long backed Chad. Last year, the country warned Niger and sanctioned Mali.",
            vec!["Norway -sanctions-> Mali"],
        ),
        // a verb of saying opens a clause with a subject of its own, when a name follows it
        (
            "Spain makes howitzers. It said Peru bought rifles and sold them to Chad.",
            vec!["Peru -supplies-> Chad"],
        ),
        (
            "Spain makes howitzers. It said that it bought rifles and sold them to Chad.",
            vec!["Spain -supplies-> Chad"],
        ),
    ] {
        assert_eq!(in_sentence(text, 1), want, "{text}");
    }
}

#[test]
fn an_anaphor_after_an_opening_phrase_is_the_recent_subject() {
    for (text, want) in [
        (
            "Serbia has built a drone factory. Last year, it sent drones to Burundi.",
            "Serbia -supplies-> Burundi",
        ),
        (
            "Spain has long backed Chile. In 2020, the country sold tanks to Chile.",
            "Spain -supplies-> Chile",
        ),
        (
            "Norway has long backed Chad. However, it sent rifles to Niger.",
            "Norway -supplies-> Niger",
        ),
        (
            "Peru has many tanks. After talks with Chile, it sent tanks to Bolivia.",
            "Peru -supplies-> Bolivia",
        ),
    ] {
        assert_eq!(in_sentence(text, 1), [want], "{text}");
    }
    for text in [
        // a name in the opening phrase may be the subject's own
        "Peru has many tanks. In Chile's view, it sent tanks to Bolivia.",
        // no recent subject
        "The weather was bad. Last year, it sent drones to Burundi.",
        // the anaphor is no subject of the verb
        "Serbia has built a drone factory. Last year, it was said that drones went to Burundi.",
    ] {
        assert_eq!(in_sentence(text, 1), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn a_cue_of_the_main_clause_does_not_reach_a_relative_clause() {
    // The cue governs the antecedent, not what the relative clause says it did.
    holds_with_modality! {
        "Canada banned Iranian firms that sold drones to Russia." => "Iran -supplies-> Russia", Modality::Asserted;
        "Japan may sanction Chinese companies that shipped shells to Russia." => "China -supplies-> Russia", Modality::Asserted;
        "Britain did not sanction Iranian officials who sent missiles to Yemen." => "Iran -supplies-> Yemen", Modality::Asserted;
        "Spain blocked the assets of Iranian firms, which shipped drones to Russia." => "Iran -supplies-> Russia", Modality::Asserted;
        // A cue inside the relative clause is its own.
        "Canada banned Iranian firms that did not sell drones to Russia." => "Iran -supplies-> Russia", Modality::Negated;
    }
    // A clause the cue governs is no relative clause.
    modal_cases! {
        "Beijing denied that Chinese firms sold drones to Russia." => "China -supplies-> Russia", Modality::Negated;
    }
}

#[test]
fn an_item_with_an_auxiliary_after_and_opens_a_clause_of_its_own() {
    // The later item is the passive clause's subject, not the first verb's object.
    cases! {
        "Turkey sold drones and Iranian missiles were shipped to Sudan." => ["Turkey -supplies-> -", "Iran -supplies-> Sudan"];
        "Spain sent tanks and French jets were delivered to Morocco." => ["Spain -supplies-> -", "France -supplies-> Morocco"];
        // Without an auxiliary the list goes on to its recipient.
        "Spain sent tanks and jets to Morocco." => ["Spain -supplies-> Morocco"];
    }
    assert_eq!(
        with_modality("Chile did not send troops and Peruvian troops were deployed to Bolivia."),
        [
            ("Chile -deploys-> -".to_string(), Modality::Negated),
            ("Peru -deploys-> Bolivia".to_string(), Modality::Asserted)
        ]
    );
    assert_eq!(item_names("Iran sent drones and missiles have been found in Yemen."), ["drones"]);
    // A weapon right after another, with no separator between, stays in the list; a head noun
    // of the model's own category is part of its name.
    assert_eq!(item_names("HIMARS rockets were sold to Egypt by Spain."), ["HIMARS", "rockets"]);
    assert_eq!(item_names("J-10 jets were sold to Egypt by China."), ["J-10C"]);
}

#[test]
fn the_items_of_a_relative_clause_are_its_own_not_the_main_verbs() {
    cases! {
        // A commitment ("announced", "approved") reaches no items past a relative clause's
        // verb: those were shipped by the firms, not pledged by the side.
        "Norway announced sanctions on firms that shipped drones to Chile." => [];
        "Norway announced sanctions on firms that have secretly shipped rifles to Chile." => [];
        "Spain approved fines for companies which sold howitzers to Peru." => [];
        // The relative's subject, where it is a side, still acts.
        "Norway announced sanctions on Bolivian firms that shipped drones to Chile." =>
            ["Norway -sanctions-> Bolivia", "Bolivia -supplies-> Chile"];
        // A package that sends the items is the side's commitment.
        "Spain approved a package that will send tanks to Chile." => ["Spain -supplies-> Chile"];
        "Belgium announced a new aid package which ships howitzers to Peru." =>
            ["Belgium -supplies-> Peru"];
        // Without a relative clause, as before.
        "Spain approved the sale of 20 tanks to Chile." => ["Spain -supplies-> Chile"];
    }
    modal_cases! {
        "Spain approved a package that would not send tanks to Chile." => "Spain -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn what_an_inquiry_or_a_report_is_about_is_no_pledge_of_its_author() {
    cases! {
        // The items of a report, an inquiry or a letter are its topic, not what the side
        // approved or announced; nor what a law it approved bans.
        "Norway announced an investigation into rifles smuggled to Chile." => [];
        "The EU approved a report on arms exports to Peru." => [];
        "Belgium signed a letter condemning howitzer sales to Chile." => [];
        "Spain announced a review of tank deliveries to Bolivia." => [];
        "Spain approved a law that bans the sale of drones to Chile." => [];
        // A stop word after the items does not undo them.
        "Spain approved the sale of tanks to Chile despite a report on its debts." =>
            ["Spain -supplies-> Chile"];
        // A package, a sale or a bill that sends them still is one.
        "Norway approved a new package of howitzers and rifles for Peru." =>
            ["Norway -supplies-> Peru"];
        "The US approved a bill providing tanks to Chile." => ["United States -supplies-> Chile"];
    }
    modal_cases! {
        // An end to sales is no topic: it negates them.
        "Spain announced an end to arms sales to Chile." => "Spain -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn a_delivery_carried_through_is_the_senders_supply() {
    cases! {
        "Norway completed the delivery of howitzers to Bolivia." => ["Norway -supplies-> Bolivia"];
        "Spain has finalised the transfer of 12 tanks to Chile." => ["Spain -supplies-> Chile"];
        "Belgium finished delivering rifles to Peru last month." => ["Belgium -supplies-> Peru"];
        // Completing the withdrawal of forces deploys nothing; a finished inquiry supplies
        // nothing.
        "Spain completed the withdrawal of its troops from Chad." => [];
        "Spain finished its investigation into drone sales to Chile." => [];
    }
    modal_cases! {
        "Spain failed to complete the delivery of tanks to Peru." => "Spain -supplies-> Peru", Modality::Negated;
        "Spain is expected to complete the delivery of tanks to Peru next year." => "Spain -supplies-> Peru", Modality::Hedged;
    }
}

#[test]
fn weapons_rushed_to_another_state_are_supplied_and_forces_rushed_are_deployed() {
    cases! {
        "Norway rushed howitzers and ammunition to Bolivia." => ["Norway -supplies-> Bolivia"];
        "Spain is rushing air defence systems to Chile." => ["Spain -supplies-> Chile"];
        "Rifles were rushed to Peru by Belgium." => ["Belgium -supplies-> Peru"];
        // Forces rushed abroad, and ships rushed to a place, are the sender's own.
        "Spain rushed troops to Chad." => ["Spain -deploys-> Chad"];
        "Spain rushed a warship to the Black Sea." => ["Spain -deploys-> -"];
    }
    modal_cases! {
        "Spain refused to rush tanks to Chile." => "Spain -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn arms_a_side_uses_that_it_bought_from_another_are_that_sides_supply() {
    cases! {
        "Bolivia operates jets bought from Norway." => ["Norway -supplies-> Bolivia"];
        "Chile used rifles purchased from Spain to attack Peru." => ["Spain -supplies-> Chile"];
        "Peru fired missiles obtained from Belgium at the rebels." => ["Belgium -supplies-> Peru"];
        // Bought by a third side, they were not the user's purchase.
        "Chile used drones bought from Spain by Peru." => [];
    }
    modal_cases! {
        "Chile may have used drones imported from Spain." => "Spain -supplies-> Chile", Modality::Hedged;
    }
}

#[test]
fn a_flow_of_arms_begun_is_a_supply_but_an_inquiry_into_one_is_not() {
    cases! {
        "Norway began deliveries of howitzers to Bolivia in May." => ["Norway -supplies-> Bolivia"];
        "Spain will start arms exports to Peru next month." => ["Spain -supplies-> Peru"];
        // What an inquiry or a review is about stays no supply, whatever is done to it.
        "Spain continued its inquiry into drone exports to Peru." => [];
        "Belgium suspended its review of tank sales to Chile." => [];
    }
}

#[test]
fn arms_leased_or_lent_are_supplied_by_the_lessor_to_the_lessee() {
    cases! {
        "Norway leased four fighter jets to Bolivia." => ["Norway -supplies-> Bolivia"];
        "Spain has loaned two frigates to Chile." => ["Spain -supplies-> Chile"];
        "Belgium lent Peru six howitzers." => ["Belgium -supplies-> Peru"];
        // The lessee's side names the lessor after "from".
        "Chile is leasing drones from Spain." => ["Spain -supplies-> Chile"];
        "Peru borrowed rifles from Belgium." => ["Belgium -supplies-> Peru"];
        // "loans" is a verb where a noun cannot stand ("a loan" is not one)
        "Norway loans two frigates to Peru." => ["Norway -supplies-> Peru"];
        // Lending what is no weapon is no supply.
        "Spain lent its support to Chile." => [];
    }
    modal_cases! {
        "Spain refused to lease tanks to Chile." => "Spain -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn arms_held_on_loan_or_lease_are_supplied_by_their_owner() {
    cases! {
        "Chile received tanks on loan from Spain." => ["Spain -supplies-> Chile"];
        "Peru flies two jets on lease from Belgium." => ["Belgium -supplies-> Peru"];
        "Bolivia has six frigates on loan from Norway." => ["Norway -supplies-> Bolivia"];
        // A loan of money that buys arms names no supplier of them.
        "Chile bought tanks with a loan from Spain." => [];
        "Chile took out a loan from Spain to buy tanks." => [];
    }
    modal_cases! {
        "Chile denied receiving tanks on loan from Spain." => "Spain -supplies-> Chile", Modality::Negated;
        "Peru may get jets on lease from Belgium." => "Belgium -supplies-> Peru", Modality::Hedged;
    }
}

#[test]
fn money_that_pays_for_arms_names_no_seller() {
    cases! {
        "Peru bought howitzers with money from Qatar." => [];
        "Argentina purchased fighter jets with funds from Kuwait." => [];
        "Kenya acquired patrol boats using funds from the European Union." => [];
        "Uganda purchased Su-30 jets with credit from Russia." => [];
        "Ukraine received drones funded by Britain." => [];
        // The seller named before the money is still the seller.
        "Peru bought howitzers from Spain with money from Qatar." => ["Spain -supplies-> Peru"];
        "Spain sold tanks to Chile with financing from Germany." => ["Spain -supplies-> Chile"];
        // What comes "with" the arms is still bought with them.
        "Chile bought tanks with ammunition from Spain." => ["Spain -supplies-> Chile"];
    }
}

#[test]
fn a_side_under_sanctions_from_another_is_sanctioned_by_it() {
    cases! {
        "Bolivia is under sanctions from Norway." => ["Norway -sanctions-> Bolivia"];
        "Chad has been subject to sanctions imposed by Belgium since 2019." => ["Belgium -sanctions-> Chad"];
        "Niger remains under sanctions by Spain and Norway." => ["Spain -sanctions-> Niger", "Norway -sanctions-> Niger"];
        // Sanctions it only seeks to avoid, or of a span of years, are none.
        "Peru is under pressure to avoid sanctions from Chile." => [];
        "Peru was under sanctions from 2010 to 2015." => [];
        // The same in an apposition to the sanctioned side.
        "Chile, under sanctions from Norway, bought drones from Spain." => ["Norway -sanctions-> Chile", "Spain -supplies-> Chile"];
        "Peru, under sanctions imposed by Belgium since 2019, bought rifles from Chad." => ["Belgium -sanctions-> Peru", "Chad -supplies-> Peru"];
        "Chile, under pressure from Norway, bought drones from Spain." => ["Spain -supplies-> Chile"];
    }
    modal_cases! {
        "Bolivia could soon be under sanctions from Norway." => "Norway -sanctions-> Bolivia", Modality::Hedged;
        "Bolivia is not under sanctions from Norway." => "Norway -sanctions-> Bolivia", Modality::Negated;
    }
}

#[test]
fn a_military_presence_kept_abroad_is_a_deployment() {
    cases! {
        "Belgium's military presence in Niger has grown." => ["Belgium -deploys-> Niger"];
        "The Norwegian military presence in Chad dates back to 1990." => ["Norway -deploys-> Chad"];
        "Spain maintains a permanent naval presence in Peru." => ["Spain -deploys-> Peru"];
        "Chile has doubled its troop presence in Bolivia." => ["Chile -deploys-> Bolivia"];
        "Spain's army deployment to Chad began in May." => ["Spain -deploys-> Chad"];
        // A presence that is no force, or one the subject only opposes, is none.
        "Spain has a diplomatic presence in Chad." => [];
        "Spain's presence in Chad is large." => [];
        "Peru has long opposed any military presence in Bolivia." => [];
    }
    modal_cases! {
        "Spain ended its military presence in Niger." => "Spain -deploys-> Niger", Modality::Negated;
        "Chile has no military presence in Peru." => "Chile -deploys-> Peru", Modality::Negated;
        "Norway could establish a military presence in Chad." => "Norway -deploys-> Chad", Modality::Hedged;
    }
}

#[test]
fn weapons_airlifted_to_a_state_are_supplied_and_troops_airlifted_are_deployed() {
    cases! {
        "Norway airlifted ammunition to Bolivia." => ["Norway -supplies-> Bolivia"];
        "Rifles were airlifted to Peru by Belgium." => ["Belgium -supplies-> Peru"];
        "Spain airlifted 400 troops to Chad." => ["Spain -deploys-> Chad"];
        // People airlifted out are no forces.
        "Spain airlifted 300 citizens out of Niger." => [];
    }
    modal_cases! {
        "Spain refused to airlift tanks to Chile." => "Spain -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn the_reporter_inside_a_relative_clause_is_not_its_subject() {
    cases! {
        "Chile, which Spain says sent drones to Peru, is a close ally." => ["Chile -supplies-> Peru"];
        "Norway sanctioned Bolivia, which Spain said had shipped rifles to Chad." => ["Norway -sanctions-> Bolivia", "Bolivia -supplies-> Chad"];
        "Chile and Bolivia, which Spain says sent drones to Peru, are close allies." => ["Chile -supplies-> Peru", "Bolivia -supplies-> Peru"];
        "Chile, which Norway says received howitzers from Belgium, is a close ally." => ["Belgium -supplies-> Chile"];
        "Niger, which Spain says is under Norwegian sanctions, bought drones from Chad." => ["Norway -sanctions-> Niger", "Chad -supplies-> Niger"];
    }
    modal_cases! {
        "Chile, which Spain says never sent drones to Peru, is neutral." => "Chile -supplies-> Peru", Modality::Negated;
    }
}

#[test]
fn any_report_inside_a_relative_clause_is_passed_to_its_verb() {
    // Reporters named by an actor, with any verb of report.
    cases! {
        "Chile, which Spain claims sent drones to Peru, was sanctioned." => ["Chile -supplies-> Peru"];
        "Bolivia, which Norway believes shipped rifles to Chad, was sanctioned." => ["Bolivia -supplies-> Chad"];
        "Chile, which Spain alleges supplied tanks to Peru, is a close ally." => ["Chile -supplies-> Peru"];
    }
    // Reporters that are no actor.
    cases! {
        "Chile, which officials say sent drones to Peru, was sanctioned." => ["Chile -supplies-> Peru"];
        "Norway sanctioned Bolivia, which Western analysts believe shipped rifles to Chad." => ["Norway -sanctions-> Bolivia", "Bolivia -supplies-> Chad"];
        "Chile, which officials say received drones from Spain, attacked Peru." => ["Spain -supplies-> Chile"];
        "Niger, which diplomats say is under sanctions from Norway, bought drones." => ["Norway -sanctions-> Niger"];
        "Kim Jong Un, who officials say sent troops to Chad, met Putin." => ["North Korea -deploys-> Chad"];
        // Another subject after the report makes the clause its own.
        "Chile, which officials say Spain armed, bought drones." => [];
        "Chile, which officials say it armed, bought drones." => [];
    }
    modal_cases! {
        "Chile, which officials say may send drones to Peru, was sanctioned." => "Chile -supplies-> Peru", Modality::Hedged;
        "Chile, which Spain claims never sent drones to Peru, is neutral." => "Chile -supplies-> Peru", Modality::Negated;
    }
}

#[test]
fn a_source_named_first_inside_a_relative_clause_is_passed_to_its_verb() {
    // "according to" names its source before the claim, an actor or a list of them ...
    cases! {
        "Chile, which according to Spain sent drones to Peru, was sanctioned." => ["Chile -supplies-> Peru"];
        "Bolivia, which according to Norway and Spain shipped rifles to Chad, is a close ally." => ["Bolivia -supplies-> Chad"];
        "Niger, which according to Spain is under sanctions from Norway, bought drones." => ["Norway -sanctions-> Niger"];
        "Kim Jong Un, who according to Seoul sent troops to Chad, met Putin." => ["North Korea -deploys-> Chad"];
    }
    // ... or words that name no actor; they end where the relative's verb begins.
    cases! {
        "Chile, which according to officials sent drones to Peru, was sanctioned." => ["Chile -supplies-> Peru"];
        "Peru, which according to Western analysts has received tanks from Spain, attacked Chile." => ["Spain -supplies-> Peru"];
        // A reporter of a list after "says" is passed too.
        "Chile, which Spain and Norway say sent drones to Peru, was sanctioned." => ["Chile -supplies-> Peru"];
    }
    modal_cases! {
        "Chile, which according to Spain may send drones to Peru, was sanctioned." => "Chile -supplies-> Peru", Modality::Hedged;
        "Chile, which according to officials never sent drones to Peru, is neutral." => "Chile -supplies-> Peru", Modality::Negated;
    }
}

#[test]
fn the_accused_of_a_relative_clause_is_its_antecedent() {
    cases! {
        "Chile, which Spain accuses of sending drones to Peru, is a close ally." => ["Chile -supplies-> Peru"];
        // "accused of" alone is passed as a skip phrase; the accuser still sent nothing.
        "Bolivia, which Norway accused of shipping rifles to Chad, is a close ally." => ["Bolivia -supplies-> Chad"];
        "Chile, which Western officials have long accused of arming Peru with drones, is a close ally." => ["Chile -supplies-> Peru"];
        "Niger, which the EU accuses of deploying troops to Chad, is a close ally." => ["Niger -deploys-> Chad"];
        "Kim Jong Un, whom Seoul accused of sending troops to Chad, met Putin." => ["North Korea -deploys-> Chad"];
        // The recipient alone, as "Norway accuses Serbia of arming Bolivia" reads it.
        "Serbia, which Norway accuses of arming Bolivia, is a close ally." => ["Serbia -supplies-> Bolivia"];
        "Chad, which the EU accused of supplying Niger, is a close ally." => ["Chad -supplies-> Niger"];
        // The accuser of the clause does not do what it accuses the antecedent of; the
        // subject of a passive accusation does.
        "Chad, which the EU accused of supplying rebels, is a close ally." => [];
        "Chad, which Spain has long accused of sanctioning Peru, is a close ally." => [];
        "Chad, which Spain is accused of arming, is a close ally." => ["Spain -supplies-> Chad"];
        // An accusation of something else leaves the antecedent's own clause to the usual rules.
        "Chile, which Spain accused of lying, sent drones to Peru." => ["Chile -supplies-> Peru"];
    }
    modal_cases! {
        "Chile, which Spain accuses of planning to send drones to Peru, denied it." => "Chile -supplies-> Peru", Modality::Hedged;
        "Chile, which Spain does not accuse of sending drones to Peru, is neutral." => "Chile -supplies-> Peru", Modality::Negated;
    }
}

#[test]
fn the_recipient_or_target_of_a_relative_clause_is_its_antecedent() {
    cases! {
        "Chile, which Spain armed with drones, is a close ally." => ["Spain -supplies-> Chile"];
        "Bolivia, whom Norway has supplied with rifles since 2019, thanked Oslo." => ["Norway -supplies-> Bolivia"];
        "Chile, to which Spain sold drones last year, is a close ally." => ["Spain -supplies-> Chile"];
        "Peru, which Norway has armed for years, protested." => ["Norway -supplies-> Peru"];
        "Chile, which the EU sanctioned in 2020, protested." => ["European Union -sanctions-> Chile"];
        "Niger, where Belgium deployed troops in 2019, protested." => ["Belgium -deploys-> Niger"];
        "Chile, where Spain sent drones, protested." => ["Spain -supplies-> Chile"];
        // A place named after the verb is where the items went, not the antecedent.
        "Lima, where Spain sold drones to Chile, protested." => ["Spain -supplies-> Chile"];
        "Peru, where Norway deployed troops to Chad, protested." => ["Norway -deploys-> Chad"];
        // The antecedent as the subject of its clause is the actor, not the target.
        "Spain, which sanctioned Chile in 2020, protested." => ["Spain -sanctions-> Chile"];
        "Peru, where Spain has no troops, protested." => [];
    }
    modal_cases! {
        "Peru, which Norway has never armed, protested." => "Norway -supplies-> Peru", Modality::Negated;
        "Chile, which Spain may sanction, protested." => "Spain -sanctions-> Chile", Modality::Hedged;
        "Peru, where Norway plans to deploy troops, protested." => "Norway -deploys-> Peru", Modality::Hedged;
    }
}

#[test]
fn a_suppliers_share_of_a_buyers_arms_imports_is_a_supply() {
    cases! {
        "Norway remains the largest source of Chile's arms imports." => ["Norway -supplies-> Chile"];
        "Spain accounted for 40% of Peru's arms imports between 2019 and 2023." => ["Spain -supplies-> Peru"];
        "Belgium made up a third of Niger's weapons purchases." => ["Belgium -supplies-> Niger"];
        "Serbia's share of Chad's arms imports fell sharply." => ["Serbia -supplies-> Chad"];
        // Imports of anything else are trade, not arms.
        "Spain accounted for 40% of Peru's imports." => [];
        "Spain accounted for 40% of Peru's oil imports." => [];
    }
    modal_cases! {
        "Spain no longer accounts for most of Peru's arms imports." => "Spain -supplies-> Peru", Modality::Negated;
        "Spain could account for half of Peru's arms imports by 2030." => "Spain -supplies-> Peru", Modality::Hedged;
    }
}

#[test]
fn forces_named_with_the_country_they_are_in_are_deployed_there() {
    cases! {
        "Spanish troops in Chad were attacked on Sunday." => ["Spain -deploys-> Chad"];
        "Belgium's soldiers in Niger came under fire." => ["Belgium -deploys-> Niger"];
        "Norway has about 900 troops in Serbia." => ["Norway -deploys-> Serbia"];
        "Peru said Chilean forces inside Bolivia had crossed the river." => ["Chile -deploys-> Bolivia"];
        "Spain has marines in Chad and Niger." => ["Spain -deploys-> Chad", "Spain -deploys-> Niger"];
        // Only forces: other arms in a country are no deployment.
        "Spanish tanks in Chad were destroyed." => [];
        // The items are read as named, not past a verb of theirs.
        "Spanish troops slept in Chad." => [];
        // Forces trained abroad are not stationed there.
        "Norway trained 5,000 Chilean soldiers in Spain." => [];
        "The training of Peruvian troops in Chile continued." => [];
        // No other side: forces at home deploy nowhere.
        "Spanish troops in Spain held a parade." => [];
        // Counted forces are still the side's own.
        "Belgium's nearly 900 soldiers in Niger came under fire." => ["Belgium -deploys-> Niger"];
        "Spain's 900 marines in Chad were attacked." => ["Spain -deploys-> Chad"];
        // A speaker does not own the forces it speaks of, counted or not, unless it says "its".
        "Peru said troops in Bolivia had crossed the river." => [];
        "Peru said 900 troops in Bolivia had crossed the river." => [];
        "Peru said its troops in Bolivia had crossed the river." => ["Peru -deploys-> Bolivia"];
    }
    modal_cases! {
        "Spain has no troops in Chad." => "Spain -deploys-> Chad", Modality::Negated;
        "Spain could have troops in Chad by May." => "Spain -deploys-> Chad", Modality::Hedged;
    }
}

/// Forces taken out of a country end their deployment there: the verb is a negation cue, as
/// "lifted" is for sanctions, so the deployment is read and negated. The cue ends with its own
/// predicate, and it ends other acts as well (an order withdrawn).
#[test]
fn forces_taken_out_of_a_country_end_their_deployment_there() {
    cases! {
        // Negated, so no asserted deployment is left.
        "Norway withdrew its troops from Serbia." => [];
        "Spain withdrew its soldiers in Chad." => [];
        // No forces, no deployment ended.
        "Norway withdrew its ambassador from Serbia." => [];
        // A predicate after the withdrawal is not withdrawn.
        "Spain withdrew from the talks and deployed troops to Niger." => ["Spain -deploys-> Niger"];
        "Chile withdrew support for Peru and sent tanks to Bolivia." => ["Chile -supplies-> Bolivia"];
        "After Spain withdrew its troops from Chad, Norway sent marines to Chad." => ["Norway -deploys-> Chad"];
    }
    modal_cases! {
        "Norway withdrew its troops from Serbia." => "Norway -deploys-> Serbia", Modality::Negated;
        "Spain pulled 900 soldiers out of Chad." => "Spain -deploys-> Chad", Modality::Negated;
        "Spain pulled its marines back from Chad." => "Spain -deploys-> Chad", Modality::Negated;
        "Belgian troops were withdrawn from Niger." => "Belgium -deploys-> Niger", Modality::Negated;
        "Peru withdrew its order for rifles from Norway." => "Norway -supplies-> Peru", Modality::Negated;
        // A possible withdrawal leaves the deployment possible; a refused one leaves it standing.
        "Spain may withdraw its troops from Chad." => "Spain -deploys-> Chad", Modality::Hedged;
        "Spain refused to withdraw its troops from Chad." => "Spain -deploys-> Chad", Modality::Asserted;
    }
}

/// The withdrawal named by a noun is read as the verb is: a deployment ended, negated by
/// "withdrawal of", with the owner of the forces named before the noun, on the forces, or as the
/// subject of an act on the withdrawal ("announced", "completed").
#[test]
fn a_withdrawal_of_forces_named_by_a_noun_ends_their_deployment() {
    cases! {
        "Norway announced the withdrawal of 900 troops from Serbia." => [];
        "After the pullout of Belgian soldiers from Niger, Spain deployed troops to Niger." => ["Spain -deploys-> Niger"];
        // No forces, no deployment: a withdrawal of other things is not read.
        "Norway announced the withdrawal of its ambassador from Serbia." => [];
    }
    modal_cases! {
        "Norway announced the withdrawal of 900 troops from Serbia." => "Norway -deploys-> Serbia", Modality::Negated;
        "Spain's withdrawal of marines from Chad was completed in May." => "Spain -deploys-> Chad", Modality::Negated;
        "The Belgian pullout of soldiers from Niger began." => "Belgium -deploys-> Niger", Modality::Negated;
        "The withdrawal of Spanish troops from Chad began in May." => "Spain -deploys-> Chad", Modality::Negated;
        "Chile completed the withdrawal of its forces from Bolivia." => "Chile -deploys-> Bolivia", Modality::Negated;
        // A refused withdrawal leaves the forces there.
        "Spain refused the withdrawal of its troops from Chad." => "Spain -deploys-> Chad", Modality::Asserted;
    }
}

/// Forces sent away by the country they are in end their deployment there, by the host's act:
/// the owner is named on the forces, the host is the subject, and the verb negates.
#[test]
fn forces_expelled_by_their_host_end_their_deployment() {
    cases! {
        "Niger expelled Belgian troops last year." => [];
        // No forces, nothing ended.
        "Chad expelled the Spanish ambassador." => [];
    }
    modal_cases! {
        "Niger expelled Belgian troops last year." => "Belgium -deploys-> Niger", Modality::Negated;
        "Mali has expelled the Spanish forces." => "Spain -deploys-> Mali", Modality::Negated;
        "Chad's junta expelled Norwegian soldiers in May." => "Norway -deploys-> Chad", Modality::Negated;
        // A refused expulsion leaves the forces there.
        "Chad refused to expel Spanish troops." => "Spain -deploys-> Chad", Modality::Asserted;
    }
}

/// An undoing whose object is another undoing leaves the act: a halted withdrawal keeps the forces
/// where they are, an ended halt lets deliveries go on. Two undoings in a row of one act are not
/// such a pair: "suspended and then halted" sales stopped.
#[test]
fn undoing_an_undoing_leaves_the_act() {
    modal_cases! {
        "Spain halted the withdrawal of its troops from Chad." => "Spain -deploys-> Chad", Modality::Asserted;
        "Norway stopped the pullout of its soldiers from Serbia." => "Norway -deploys-> Serbia", Modality::Asserted;
        "Norway stopped withdrawing troops from Serbia." => "Norway -deploys-> Serbia", Modality::Asserted;
        "Spain ended its halt of weapons deliveries to Chile." => "Spain -supplies-> Chile", Modality::Asserted;
        "Spain suspended and then halted arms sales to Chile." => "Spain -supplies-> Chile", Modality::Negated;
        "Spain suspended, then halted arms sales to Chile." => "Spain -supplies-> Chile", Modality::Negated;
    }
}

#[test]
fn a_possessive_with_a_modifier_before_its_head_is_the_actor() {
    cases! {
        "Chad's eastern army received rifles from Serbia." => ["Serbia -supplies-> Chad"];
        "Chad's eastern forces received rifles from Serbia." => ["Serbia -supplies-> Chad"];
        "Peru's elite troops were sent to Bolivia." => ["Peru -deploys-> Bolivia"];
        // the word between must be followed by a head: items after it are still items
        "Spain's new drones were sent to Chile." => ["Spain -supplies-> Chile"];
    }
}

#[test]
fn arms_bought_or_supplied_in_the_passive_name_both_sides() {
    cases! {
        "Chad's air defences were supplied by Serbia." => ["Serbia -supplies-> Chad"];
        "Bolivia's Leopard tanks were bought from Spain." => ["Spain -supplies-> Bolivia"];
        "The rifles were obtained from Serbia by Chad, officials said." => ["Serbia -supplies-> Chad"];
        "The howitzers were acquired by Peru from Norway in 2009." => ["Norway -supplies-> Peru"];
        "Drones were bought from Serbia." => ["Serbia -supplies-> -"];
        // bought by a side with no seller named: nothing to trace
        "The drones were bought by Chile." => [];
    }
}

#[test]
fn an_object_pronoun_stands_for_the_arms_named_before() {
    cases! {
        "Spain bought rifles from Norway and later sold them to Chad." => ["Norway -supplies-> Spain", "Spain -supplies-> Chad"];
        "Serbia makes drones and howitzers and ships them to Burundi." => ["Serbia -supplies-> Burundi"];
        "Chile received tanks from Spain, which had bought them from Norway." => ["Spain -supplies-> Chile", "Norway -supplies-> Spain"];
        "Peru trained soldiers and sent them to Bolivia." => ["Peru -deploys-> Bolivia"];
        // passed on, with the particle between the pronoun and the destination
        "Belgium shipped shells to Norway, which passed them on to Chad." => ["Belgium -supplies-> Norway", "Norway -supplies-> Chad"];
        // "them" with items or a noun phrase of its own after it is the recipient
        "Spain sanctioned Peru for buying drones and sent them a warning." => ["Spain -sanctions-> Peru"];
        // no arms before it: people are no items
        "Chile recruited Peruvians and sent them to Bolivia." => [];
        // "it" for one item, the object ended by a time, not by its destination
        "Serbia built a frigate and sold it last year to Chad." => ["Serbia -supplies-> Chad"];
    }
    // a word that may be the object of a ditransitive makes the pronoun its recipient, a
    // weapon the gazetteer knows or not: Spain refused to sell no rifles
    assert_eq!(
        with_modality("Chad bought Serbian rifles after Spain refused to sell it Reapers."),
        owned(&[("Serbia -supplies-> Chad", Modality::Asserted)])
    );
    assert_eq!(
        item_names("Serbia makes drones and howitzers and ships them to Burundi."),
        ["drones", "howitzers"]
    );
    // a destination after the particle "on" is still the destination
    cases! {
        "Spain sent the rifles on to Chad." => ["Spain -supplies-> Chad"];
    }
}

/// "them" with no weapon before it in its sentence stands for the weapons the previous sentence
/// ended with; a count before it ("hundreds of them") is the items' count.
#[test]
fn them_stands_for_the_arms_the_previous_sentence_ended_with() {
    let text = "Serbia has built thousands of drones. It has sent them to Burundi.";
    assert_eq!(in_sentence(text, 1), ["Serbia -supplies-> Burundi"]);
    assert_eq!(item_names(text), ["drones"]);
    cases! {
        // weapons coordinated with the last one, a demonym between them passed over
        "Spain makes howitzers and Belgian rifles. It sold them to Chad." => ["Spain -supplies-> Chad"];
        // passed on, the supply before it read as well
        "Belgium has sold rifles to Chad. Chad sent them on to Niger." => ["Belgium -supplies-> Chad", "Chad -supplies-> Niger"];
        // no weapon in the previous sentence: people are no items
        "Spain's ministers met in Madrid. Spain sent them to Chad." => [];
        // only the sentence right before
        "Serbia has built drones. The factory is in Nis. It has sent them to Burundi." => [];
        // not "it", which is too often a deal or a package
        "Serbia has built a new drone. It has sent it to Burundi." => [];
        // with an object of its own after it, "them" is the recipient
        "Chad has bought Serbian rifles. Spain has sent them a warning." => ["Serbia -supplies-> Chad"];
    }
    assert_eq!(
        item_names("Spain makes howitzers and Belgian rifles. It sold them to Chad."),
        ["howitzers", "rifles"]
    );
    // a weapon before it in its own sentence comes first
    assert_eq!(
        item_names("Spain makes howitzers. Spain buys rifles and sells them to Chad."),
        ["rifles"]
    );
    assert_eq!(
        with_modality("Spain makes howitzers. Chad has not received them from Spain."),
        owned(&[("Spain -supplies-> Chad", Modality::Negated)])
    );
    // counted, here or across sentences
    for text in [
        "Serbia builds drones. It has sent hundreds of them to Burundi.",
        "Serbia built drones and sent hundreds of them to Burundi.",
    ] {
        assert_eq!(items(text), [("drones".to_string(), Some("hundreds".to_string()))], "{text}");
    }
    assert_eq!(
        items("Norway ordered 40 tanks. It later sold about half of them to Chad."),
        [("tanks".to_string(), Some("about half".to_string()))]
    );
}

#[test]
fn a_second_pair_after_a_first_with_no_side_names_its_own() {
    cases! {
        // The first pair's supplier is no side: the second pair still names one.
        "Chile received howitzers from its neighbours and rifles from Spain." => ["Spain -supplies-> Chile"];
        // Where the first names a side, both pairs are read as before.
        "Chile received howitzers from Brazil and rifles from Spain." => ["Brazil -supplies-> Chile", "Spain -supplies-> Chile"];
        // The second pair must be arms.
        "Chile received howitzers from its neighbours and a letter from Spain." => [];
    }
    assert_eq!(
        item_names("Chile received howitzers from its neighbours and rifles from Spain."),
        ["rifles"]
    );
}

#[test]
fn police_sent_abroad_are_deployed() {
    cases! {
        "Ghana sent 200 police officers to Liberia." => ["Ghana -deploys-> Liberia"];
        "Benin deployed gendarmes and soldiers to Togo." => ["Benin -deploys-> Togo"];
        // Police at work at home are no relation.
        "Italian police officers arrested two men in Rome." => [];
    }
    assert_eq!(
        item_names("Benin deployed gendarmes and soldiers to Togo."),
        ["police officers", "soldiers"]
    );
}

import type { nlDates } from './nl-dates'
import type { nlDocuments } from './nl-documents'
import type { nlSchool } from './nl-school'

/** Dutch UI text (B1): short sentences, everyday words, the teacher addressed as "je". */
export const nl = {
  'app.title': 'Oudergesprek voorbereiden',
  'app.documentTitle': '{page} – Oudergesprek voorbereiden',
  'app.errorPrefix': 'Fout: ',
  'app.skipLink': 'Naar de inhoud',
  'app.privacy': 'Alles wat je invult, blijft op dit apparaat. Er gaat niets naar internet.',
  'app.source': 'Gebaseerd op de ‘{title}’.',
  'app.adaptedBy': 'Aangepast door {school}.',
  'app.switchLanguage': 'English',
  /** Said before the visible name of the other language, in that language. */
  'app.switchLanguage.hidden': 'Switch to',
  'app.notFound': 'Deze pagina bestaat niet.',
  'app.toStart': 'Naar het begin',
  'app.crashed': 'Er ging iets mis. Je gegevens zijn bewaard op dit apparaat. Laad de pagina opnieuw.',
  'app.reload': 'Pagina opnieuw laden',
  'app.setAside':
    'De app kon een opgeslagen voorbereiding niet lezen. De app heeft die apart bewaard op dit apparaat, zodat er niets verloren gaat. Je kunt gewoon verder.',
  'app.saveFailed':
    'Je laatste wijziging kon niet worden bewaard op dit apparaat. Het geheugen van de browser is vol of geblokkeerd. Laat deze pagina open en download je checklist als PDF, zodat je niets kwijtraakt.',
  'app.menu': 'Menu',
  'app.saved': 'Bewaard',
  // The menu's link; the settings page's own words come with it (nl-documents.ts).
  'settings.title': 'Instellingen',
  'app.dismiss': 'Sluiten',

  'update.available': 'Er is een nieuwe versie van de app. Laad de pagina opnieuw om die te gebruiken.',
  'update.load': 'Nieuwe versie laden',

  'wizard.step': 'Stap {n} van {total}',
  'wizard.continue': 'Doorgaan',
  'wizard.back': 'Terug',
  'field.bidi':
    'Hier staat een onzichtbaar teken in. Het draait de volgorde van de letters om. De app laat dit teken weg in alles wat ze maakt.',
  'wizard.optional': '(niet verplicht)',
  'wizard.errorSummary': 'Er is iets niet goed ingevuld',
  'wizard.aboutTitle': 'Over deze handreiking',

  'q.buddy.title': 'Komt er een ouderbuddy mee naar het gesprek?',
  'q.buddy.hint':
    'Een ouderbuddy is een ervaren ouder die een andere ouder steunt. Soms helpt de buddy alleen bij de voorbereiding.',
  'q.buddy.attending': 'Ja, de buddy komt mee',
  'q.buddy.preparing': 'De buddy helpt de ouder alleen bij de voorbereiding',
  'q.buddy.unknown': 'Er is een buddy, maar ik weet nog niet of die meekomt',
  'q.buddy.none': 'Nee, er is geen buddy',
  'error.buddy': 'Kies of er een ouderbuddy meekomt.',

  'q.sensitiveNews.title': 'Ga je iets vertellen dat de ouder nog niet weet en dat gevoelig kan zijn?',
  'q.sensitiveNews.hint': 'Bijvoorbeeld een zorg over de ontwikkeling van het kind.',
  'q.yes': 'Ja',
  'q.no': 'Nee',
  'error.sensitiveNews': 'Kies ja of nee.',

  'q.minutes.title': 'Hoeveel minuten plan je normaal voor een gesprek als dit?',
  'q.minutes.hint': 'Bijvoorbeeld 30.',
  'q.minutes.suffix': 'minuten',
  'error.minutes.required': 'Vul in hoeveel minuten je normaal plant.',
  'error.minutes.range': 'Vul een aantal minuten in tussen 5 en 240.',
  'error.minutes.integer': 'Vul een heel getal in, zonder komma.',

  'q.attendees.title': 'Wie komen er naar het gesprek?',
  'q.parents.label': 'Hoeveel ouders of verzorgers komen er?',
  'q.parents.1': '1 ouder of verzorger',
  'q.parents.2': '2 ouders of verzorgers',
  'error.parents': 'Kies hoeveel ouders of verzorgers er komen.',
  'q.parentNames.label': 'Hoe spreek je de ouder of ouders aan in de uitnodiging?',
  'q.parentNames.hint': 'Bijvoorbeeld ‘Sanne en Mark’ of ‘mevrouw De Vries’.',
  'error.parentNames': 'Gebruik maximaal 60 tekens.',
  'q.others.label': 'Wie komen er verder?',
  'q.others.hint': 'Bijvoorbeeld de intern begeleider of een tolk. Tel jezelf en de buddy niet mee.',
  'q.others.nobody': 'Er komt verder niemand.',
  'q.others.person': 'Persoon {n}',
  'q.others.role': 'Wie is het?',
  'q.others.choose': 'Kies…',
  'q.others.name': 'Naam',
  'q.others.language': 'Welke taal?',
  'q.others.remove': 'Verwijder persoon {n}',
  'q.others.add': 'Iemand toevoegen',
  'q.others.addAnother': 'Nog iemand toevoegen',
  'role.ib': 'Intern begeleider',
  'role.interpreter': 'Tolk',
  'role.director': 'Directeur',
  'role.colleague': 'Collega van school',
  'role.other': 'Iemand anders',
  'error.person.role': 'Kies wie deze persoon is.',
  'error.person.name': 'Gebruik voor een naam maximaal 60 tekens.',
  'error.person.language': 'Gebruik voor een taal maximaal 40 tekens.',
  'error.people.max': 'Er kunnen maximaal 10 anderen bij zijn.',

  'q.purpose.title': 'Waar gaat het gesprek over?',
  'q.purpose.hint':
    'In een paar woorden, bijvoorbeeld ‘hoe het gaat met lezen’. Dit komt in de uitnodiging, in de PDF voor de ouder en in het verslag.',
  'q.purpose.own.label': 'Het onderwerp voor jezelf',
  'q.purpose.own.hint':
    'Let op: je gaat iets gevoeligs vertellen. Daarom komt dit onderwerp niet in de uitnodiging en niet in de PDF voor de ouder. Het komt wel op je checklist en in het verslag voor het leerlingdossier.',
  'q.parentSubject.label': 'Het onderwerp voor de ouder',
  'q.parentSubject.hint':
    'Schrijf het algemeen, bijvoorbeeld ‘hoe het gaat met lezen’. Dit komt in de uitnodiging en in de PDF voor de ouder. Laat je het leeg, dan staat daar alleen dat het gesprek over het kind gaat.',
  'error.purpose': 'Gebruik maximaal 150 tekens.',

  'q.childName.title': 'Hoe heet het kind?',
  'q.childName.hint':
    'Alleen de voornaam. De naam komt in de voorbeeldzinnen, de uitnodiging en de PDF’s. De app stuurt niets via internet.',
  'error.childName': 'Gebruik maximaal 60 tekens.',

  'q.address.title': 'Spreek je de ouder aan met ‘u’ of met ‘je’?',
  'q.address.hint': 'De voorbeeldzinnen passen zich hierop aan.',
  'q.address.u': 'Met ‘u’',
  'q.address.je': 'Met ‘je’',
  'error.address': 'Kies ‘u’ of ‘je’.',

  'q.meetingAt.title': 'Wanneer en waar is het gesprek?',
  'q.meetingAt.label': 'Datum en tijd',
  'q.room.label': 'Ruimte',
  'q.room.hint': 'Bijvoorbeeld ‘lokaal 12’ of ‘de kamer van de intern begeleider’.',
  'error.room': 'Gebruik maximaal 60 tekens.',
  'q.meetingAt.hint': 'Je kunt dit ook later invullen.',
  'q.date.label': 'Datum',
  'q.date.hint': 'Bijvoorbeeld 15-12-2026 of 15 december.',
  'q.time.label': 'Tijd',
  'q.time.hint': 'Bijvoorbeeld 15:30.',
  'error.time': 'Vul een bestaande tijd in, bijvoorbeeld 15:30.',
  'error.date.missing': 'Vul ook de datum in, bijvoorbeeld 15-12-2026 of 15 december.',
  'error.time.missing': 'Vul ook de tijd in, bijvoorbeeld 15:30.',
  'error.time.clockChange':
    'Deze tijd bestaat niet op die dag: de klok gaat dan van 2:00 naar 3:00. Kies een andere tijd.',

  'check.title': 'Controleer je antwoorden',
  'check.change': 'Wijzig',
  'check.submit': 'Maak mijn checklist',
  'check.notAnswered': 'Nog niet beantwoord',
  'check.notGiven': 'Niet ingevuld',
  'check.incomplete': 'Beantwoord eerst alle vragen die nog open staan.',
  'check.buddy': 'Ouderbuddy',
  'check.buddy.hidden': 'of er een ouderbuddy meekomt',
  'check.sensitiveNews': 'Gevoelig nieuws',
  'check.sensitiveNews.hidden': 'of je gevoelig nieuws gaat vertellen',
  'check.minutes': 'Normale duur',
  'check.minutes.hidden': 'de normale duur',
  'check.minutes.value': '{n} minuten',
  'check.parents': 'Ouders of verzorgers',
  'check.parents.hidden': 'hoeveel ouders of verzorgers er komen',
  'check.parentNames': 'Namen voor de aanhef',
  'check.parentNames.hidden': 'de namen voor de aanhef',
  'check.others': 'Anderen',
  'check.others.hidden': 'wie er verder komen',
  'check.others.nobody': 'Niemand',
  'check.purpose': 'Onderwerp',
  'check.purpose.hidden': 'waar het gesprek over gaat',
  'check.parentSubject': 'Onderwerp voor de ouder',
  'check.parentSubject.hidden': 'het onderwerp voor de ouder',
  'check.room': 'Ruimte',
  'check.room.hidden': 'de ruimte',
  'check.childName': 'Naam van het kind',
  'check.childName.hidden': 'de naam van het kind',
  'check.address': 'Aanspreekvorm',
  'check.address.hidden': 'de aanspreekvorm',
  'check.meetingAt': 'Datum en tijd',
  'check.meetingAt.hidden': 'de datum en tijd',

  'checklist.title': 'Jouw checklist',
  'checklist.for': 'Voor het gesprek over {name}',
  'checklist.planTitle': 'Jouw plan',
  'checklist.duration': 'Duur',
  'checklist.duration.plain': 'Plan {planned} minuten.',
  'checklist.duration.suggestion':
    'Dit is een suggestie, niet uit de handreiking: {percent}% extra tijd, naar boven afgerond op {roundUpTo} minuten, en minstens {minimum} minuten extra. Je kiest zelf.',
  'checklist.chairs': 'Stoelen',
  'checklist.chairs.value': 'Zet {n} stoelen klaar.',
  'checklist.chairs.maybeBuddy': 'Eén daarvan is voor de buddy, voor als die meekomt.',
  'checklist.when': 'Datum en tijd',
  'checklist.when.none': 'Nog niet ingevuld.',
  'checklist.phase.before': 'Voor het gesprek',
  'checklist.phase.during': 'Tijdens het gesprek',
  'checklist.phase.after': 'Na het gesprek',
  'checklist.progress': '{done} van {total} gedaan',
  'checklist.scripts': 'Wat je kunt zeggen',
  'checklist.scripts.otherLanguage': 'Wat je kunt zeggen (in het Nederlands)',
  'checklist.origin.sheet': 'uit de handreiking',
  'checklist.origin.suggestion': 'voorbeeld van de app',
  'checklist.origin.school': 'van onze school',
  'checklist.dutchScripts': 'Toon de voorbeeldzinnen in het Nederlands',
  'checklist.dutchScripts.hint':
    'Het gesprek zelf is vaak in het Nederlands. De zinnen volgen je keuze voor ‘u’ of ‘je’.',
  'checklist.why': 'Waarom staat dit hier?',
  'checklist.note': 'Notitie',
  'checklist.noteFor': 'bij ‘{title}’',
  'checklist.changeAnswers': 'Antwoorden wijzigen',
  'checklist.newPreparation': 'Begin een nieuwe voorbereiding',
  'checklist.saved': 'Je vinkjes en notities worden vanzelf bewaard op dit apparaat.',

  'home.noName.sentence': '(geen naam ingevuld)',
  'home.undo': 'Ongedaan maken',

  'storage.unreadable':
    'De opgeslagen gegevens op dit apparaat konden niet worden gelezen. De app overschrijft ze niet.',
  'storage.set-aside-failed':
    'Een deel van de opgeslagen gegevens kon niet worden gelezen, en het geheugen van de browser is te vol om er een kopie van te bewaren. De app overschrijft niets.',
  'storage.newer':
    'Je gegevens zijn bewaard door een nieuwere versie van deze app, misschien in een ander tabblad. Deze versie overschrijft ze niet.',
  'storage.newer.what':
    'Wat je hier verandert, komt nu niet in je gegevens. Het wordt apart bewaard, en de nieuwe versie neemt het over. Laad de pagina opnieuw om de nieuwe versie te gebruiken.',
  'storage.read-failed':
    'De browser laat de app de opgeslagen gegevens nu niet lezen. De app bewaart niets, zodat er niets wordt overschreven.',
  'storage.refused':
    'Deze browser laat de app niets bewaren op dit apparaat. Dat komt door een instelling van de browser of van school. Je kunt gewoon werken en PDF’s downloaden. Maar wat je invult, is weg als je dit tabblad sluit.',
  'storage.wiped':
    'Je opgeslagen gegevens zijn van dit apparaat gewist. Dat deed de browser, of een ander tabblad. In dit tabblad staan je voorbereidingen nog (aantal: {n}). Wat je nu verandert, wordt pas bewaard als je een keuze maakt.',
  'storage.wiped.putBack': 'Zet ze terug op dit apparaat',
  'storage.wiped.forget': 'Ik heb ze zelf gewist, laat ze weg',
  'storage.wiped.putBackDone': 'Je voorbereidingen staan weer op dit apparaat.',
  'storage.bothTexts': '— Tegelijk in een ander tabblad geschreven: —',
  'storage.notSaving':
    'Wat je nu verandert, wordt niet bewaard. Kies op de pagina ‘Herstel bewaarde gegevens’ wat je wilt doen.',
  'storage.repaired': 'In de voorbereiding voor {name} was niet alles te lezen. Weggelaten: {parts}.',
  'storage.unusable': 'Voorbereidingen die helemaal niet te lezen waren: {n}.',
  'storage.copyKept': 'Een kopie van wat niet te lezen was, is apart bewaard op dit apparaat.',
  'storage.part.answers': 'een of meer antwoorden',
  'storage.part.ticks': 'vinkjes',
  'storage.part.notes': 'notities',
  'storage.part.questions': 'vragen',
  'storage.part.evaluation': 'de evaluatie',
  'storage.part.followUp': 'de vervolgafspraak',
  'storage.part.card': 'de aantekeningen en de timer van de gesprekskaart',
  'storage.part.texts': 'de uitnodigingen zoals je ze had aangepast',
  'storage.part.status': 'of het gesprek geweest of afgerond is',
  'storage.part.dates': 'de datum van de laatste wijziging',

  'recovery.title': 'Herstel bewaarde gegevens',

  'backup.elsewhere': 'Heb je al voorbereidingen op een ander apparaat?',
  'backup.read': 'Zet een reservekopie terug',

  'previous.title': 'Van het vorige gesprek',
  'previous.agreements': 'Wat er toen is afgesproken',
  'previous.noAgreements': 'Er zijn toen geen afspraken vastgelegd.',
  'previous.questions': 'De vragen die toen nog open stonden, staan hieronder bij ‘Vragen voor later’.',
  'previous.link': 'Bekijk het gesprek van {when}',
  'previous.linkNoDate': 'Bekijk het vorige gesprek',
  'checklist.held': 'Het gesprek is geweest',
  'checklist.pastDate': 'De datum van het gesprek is voorbij. Kijk terug en plan wat er nog moet gebeuren.',
  'checklist.toAfter': 'Naar ‘Na het gesprek’',
  'checklist.allPreparations': 'Alle voorbereidingen',

  'error.question': 'Schrijf eerst de vraag op.',

  'error.followUp.minutes': 'Vul een aantal minuten in tussen 5 en 240.',

  'checklist.toCard': 'Gesprekskaart',
  'checklist.toCard.hint': 'Alles voor tijdens het gesprek op één pagina, met een agenda en tijden.',
  'checklist.addNote': 'Notitie toevoegen',
} as const

/**
 * Every message key: the first load's here, the documents' (`nl-documents.ts`) and those for
 * reading a typed date (`nl-dates.ts`), both as types only.
 */
export type MessageKey = keyof typeof nl | keyof typeof nlDocuments | keyof typeof nlDates | keyof typeof nlSchool

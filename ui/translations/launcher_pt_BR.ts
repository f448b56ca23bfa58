<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountDialogs</name>
    <message>
        <source>Signed in with {method}, on the {environment} servers.</source>
        <comment>which account a question is about: Custom ID, staging</comment>
        <translation>Conectado com {method}, nos servidores de {environment}.</translation>
    </message>
    <message>
        <source>Signed in with {method}.</source>
        <translation>Conectado com {method}.</translation>
    </message>
    <message>
        <source>On the {environment} servers.</source>
        <comment>which servers an account belongs to</comment>
        <translation>Nos servidores de {environment}.</translation>
    </message>
    <message>
        <source>{which}

Its saved session is deleted from the keychain. The account itself is not deleted from the game.</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}

A sessão salva é apagada do chaveiro. A conta em si não é apagada do jogo.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <comment>a window title</comment>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove {name} from this launcher?</source>
        <translation>Remover {name} deste launcher?</translation>
    </message>
    <message>
        <source>Remove</source>
        <comment>the button that removes a saved account</comment>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <comment>the Remove button&apos;s name for screen readers</comment>
        <translation>Remover {name}</translation>
    </message>
    <message>
        <source>{which}

Its session is deleted from the keychain; the account stays in the list, and signing in again asks for its details.</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}

A sessão é apagada do chaveiro; a conta continua na lista, e ao entrar de novo os dados dela serão pedidos.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>a window title</comment>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sign out of {name}?</source>
        <translation>Sair de {name}?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>the button that signs out of a saved account</comment>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Sign out of {name}</source>
        <comment>the Sign out button&apos;s name for screen readers</comment>
        <translation>Sair de {name}</translation>
    </message>
    <message>
        <source>{which}
Name shown in the list of accounts:</source>
        <comment>{which}: Signed in with Custom ID.</comment>
        <translation>{which}
Nome exibido na lista de contas:</translation>
    </message>
    <message>
        <source>Name this account</source>
        <comment>a window title</comment>
        <translation>Dar um nome à conta</translation>
    </message>
</context>
<context>
    <name>AccountModel</name>
    <message>
        <source>{name} ({method})</source>
        <comment>an account: its name and sign-in method</comment>
        <translation>{name} ({method})</translation>
    </message>
    <message>
        <source>Same player as {accounts}</source>
        <comment>a line of an account&apos;s tooltip</comment>
        <translation>Mesmo jogador que {accounts}</translation>
    </message>
    <message>
        <source>same player as {accounts}</source>
        <comment>under an account in the list: other saved accounts of this player</comment>
        <translation>mesmo jogador que {accounts}</translation>
    </message>
    <message>
        <source>(none)</source>
        <comment>a group of accounts with no environment or method</comment>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>playing</source>
        <comment>an account&apos;s state, read by a screen reader</comment>
        <translation>jogando</translation>
    </message>
    <message>
        <source>{method}, {environment} — {status}</source>
        <comment>an account&apos;s tooltip: Email and password, staging — Signed in</comment>
        <translation>{method}, {environment} — {status}</translation>
    </message>
    <message>
        <source>{method} — {status}</source>
        <comment>an account&apos;s tooltip: Email and password — Signed in</comment>
        <translation>{method} — {status}</translation>
    </message>
    <message>
        <source>Playing now</source>
        <translation>Jogando agora</translation>
    </message>
    <message>
        <source>{shortcut} to switch</source>
        <comment>an account&apos;s tooltip: Ctrl+2 to switch to it</comment>
        <translation>{shortcut} para trocar</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong ({error}). The details are in the log:
{path}</source>
        <translation>Algo deu errado ({error}). Os detalhes estão no log:
{path}</translation>
    </message>
    <message>
        <source>Launcher error</source>
        <translation>Erro do launcher</translation>
    </message>
    <message>
        <source>The game manifest has a problem</source>
        <translation>O manifesto do jogo tem um problema</translation>
    </message>
    <message>
        <source>The launcher cannot start this game until the manifest is fixed.</source>
        <translation>O launcher não pode iniciar este jogo até que o manifesto seja corrigido.</translation>
    </message>
    <message>
        <source>Demo mode: the sandbox backend runs at {address}</source>
        <translation>Modo de demonstração: o backend sandbox está em {address}</translation>
    </message>
</context>
<context>
    <name>Builds</name>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Installed</source>
        <comment>the installed version</comment>
        <translation>Instalada</translation>
    </message>
    <message>
        <source>Offered</source>
        <comment>the version the channel offers</comment>
        <translation>Oferecida</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Played by</source>
        <translation>Jogada por</translation>
    </message>
    <message>
        <source>No [delivery]: the game runs from its own folder</source>
        <translation>Sem [delivery]: o jogo roda da própria pasta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Baixando</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a share of a download</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Paused at {share}</source>
        <translation>Pausado em {share}</translation>
    </message>
    <message>
        <source>Downloading: {share}</source>
        <translation>Baixando: {share}</translation>
    </message>
    <message>
        <source>Channel not reachable</source>
        <translation>Canal inacessível</translation>
    </message>
    <message>
        <source>Update available (required)</source>
        <translation>Atualização disponível (obrigatória)</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Atualização disponível</translation>
    </message>
    <message>
        <source>{update}, {size}</source>
        <translation>{update}, {size}</translation>
    </message>
    <message>
        <source>Failed: {message}</source>
        <translation>Falhou: {message}</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Not installed</source>
        <translation>Não instalado</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Atualizado</translation>
    </message>
    <message>
        <source>Damaged: needs repair</source>
        <translation>Danificado: precisa de reparo</translation>
    </message>
    <message>
        <source>The game&apos;s download server did not answer in time.</source>
        <translation>O servidor de download do jogo não respondeu a tempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n files could not be repaired ({path}: {reason}).</source>
        <comment>the first file and why</comment>
        <translation>
            <numerusform>%n arquivo não pôde ser reparado ({path}: {reason}).</numerusform>
            <numerusform>%n arquivos não puderam ser reparados ({path}: {reason}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The game&apos;s files could not be installed ({error}).</source>
        <comment>error: a program error&apos;s name</comment>
        <translation>Não foi possível instalar os arquivos do jogo ({error}).</translation>
    </message>
</context>
<context>
    <name>BuildsDialog</name>
    <message>
        <source>Game builds by environment</source>
        <translation>Builds do jogo por ambiente</translation>
    </message>
    <message>
        <source>Each environment plays its own channel&apos;s build, installed beside the others.</source>
        <translation>Cada ambiente joga a build do seu próprio canal, instalada ao lado das outras.</translation>
    </message>
    <message>
        <source>Check all channels</source>
        <translation>Verificar todos os canais</translation>
    </message>
    <message>
        <source>Install or update selected</source>
        <translation>Instalar ou atualizar a seleção</translation>
    </message>
    <message>
        <source>(default)</source>
        <comment>the default environment</comment>
        <translation>(padrão)</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <source>Everything the game needs is working.</source>
        <translation>Tudo de que o jogo precisa está funcionando.</translation>
    </message>
    <message>
        <source>The game should work; something may need attention.</source>
        <translation>O jogo deve funcionar; algo pode precisar de atenção.</translation>
    </message>
    <message>
        <source>Something is wrong; the items marked ✗ say what.</source>
        <translation>Algo está errado; os itens marcados com ✗ dizem o quê.</translation>
    </message>
    <message>
        <source>working</source>
        <translation>funcionando</translation>
    </message>
    <message>
        <source>needs attention</source>
        <translation>precisa de atenção</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>não funciona</translation>
    </message>
    <message>
        <source>Check my connection</source>
        <translation>Verificar minha conexão</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar &amp;de novo</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Copiar relatório</translation>
    </message>
    <message>
        <source>Copies the technical details, to send to the game&apos;s support</source>
        <translation>Copia os detalhes técnicos para enviar ao suporte do jogo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>The check could not run: {message}</source>
        <translation>Não foi possível fazer a verificação: {message}</translation>
    </message>
</context>
<context>
    <name>ChestList</name>
    <message numerus="yes">
        <source>%Ln chest(s)</source>
        <comment>the heading of the chest list</comment>
        <translation>
            <numerusform>%Ln baú</numerusform>
            <numerusform>%Ln baús</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln chest(s)</source>
        <comment>the heading of the filtered chest list: 2 of 40 chests</comment>
        <translation>
            <numerusform>{shown} de %Ln baú</numerusform>
            <numerusform>{shown} de %Ln baús</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChestModel</name>
    <message>
        <source>Name</source>
        <comment>a column of the chest list</comment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Description</source>
        <comment>a column of the chest list</comment>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Count</source>
        <comment>a column of the chest list: how many of the item the player has</comment>
        <translation>Quantidade</translation>
    </message>
</context>
<context>
    <name>Chests</name>
    <message>
        <source>Filter chests…</source>
        <translation>Filtrar baús…</translation>
    </message>
    <message>
        <source>Filter chests</source>
        <translation>Filtrar baús</translation>
    </message>
    <message>
        <source>Chests and items</source>
        <comment>the chest list, for screen readers</comment>
        <translation>Baús e itens</translation>
    </message>
    <message>
        <source>No chests yet.
The chests and items this player owns will appear here.</source>
        <translation>Nenhum baú ainda.
Os baús e itens deste jogador vão aparecer aqui.</translation>
    </message>
    <message>
        <source>No chests match “{filter}”.</source>
        <comment>the chest filter found nothing</comment>
        <translation>Nenhum baú corresponde a “{filter}”.</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Something went wrong ({error}); the details are in the log.</source>
        <translation>Algo deu errado ({error}); os detalhes estão no log.</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <comment>an account, then what happened</comment>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>{name}: your session has ended. Sign in again.</source>
        <translation>{name}: sua sessão terminou. Entre novamente.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>{method} has no sign-in outside the form.</source>
        <translation>{method} não tem login fora do formulário.</translation>
    </message>
    <message>
        <source>{action}…</source>
        <comment>a sign-in step under way: Continue with Facebook…</comment>
        <translation>{action}…</translation>
    </message>
    <message>
        <source>{name} is signed out. Sign in again.</source>
        <translation>{name} saiu da conta. Entre novamente.</translation>
    </message>
    <message>
        <source>{name}: please sign in again.</source>
        <translation>{name}: entre novamente.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <comment>an account</comment>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>It could not be updated.</source>
        <comment>a profile</comment>
        <translation>Não foi possível atualizá-lo.</translation>
    </message>
    <message>
        <source>It could not be opened.</source>
        <comment>an account</comment>
        <translation>Não foi possível abri-la.</translation>
    </message>
    <message>
        <source>Signed out of {name}.</source>
        <translation>Você saiu de {name}.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <comment>an account</comment>
        <translation>{name} removida.</translation>
    </message>
    <message>
        <source>{game} {version} is ready to play.</source>
        <translation>{game} {version} está pronto para jogar.</translation>
    </message>
    <message>
        <source>A new version of the launcher ({version}) is ready: it starts the next time you open the launcher.</source>
        <translation>Uma nova versão do launcher ({version}) está pronta: ela começa na próxima vez que você abrir o launcher.</translation>
    </message>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Installing {game}…</source>
        <translation>Instalando {game}…</translation>
    </message>
    <message>
        <source>Install paused.</source>
        <translation>Instalação pausada.</translation>
    </message>
    <message>
        <source>Install cancelled.</source>
        <translation>Instalação cancelada.</translation>
    </message>
    <message>
        <source>{game} is running (offline)</source>
        <translation>{game} está em execução (offline)</translation>
    </message>
    <message>
        <source>{game} is running</source>
        <translation>{game} está em execução</translation>
    </message>
    <message>
        <source>{game}: {note}.</source>
        <comment>note: why the game ended, in English</comment>
        <translation>{game}: {note}.</translation>
    </message>
    <message>
        <source>{game} closed normally after {time}.</source>
        <comment>time: 12 min</comment>
        <translation>{game} foi fechado normalmente após {time}.</translation>
    </message>
    <message>
        <source>{game} stopped with an error (code {code}) after {time}: see the game&apos;s log (Help &gt; Open logs folder).</source>
        <comment>time: 12 min</comment>
        <translation>{game} parou com um erro (código {code}) após {time}: veja o log do jogo (Ajuda &gt; Abrir pasta de logs).</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <comment>seconds played, abbreviated</comment>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <comment>minutes played, abbreviated</comment>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <comment>time played, abbreviated</comment>
        <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Unlock your login keychain in Keychain Access, then restart the launcher.</source>
        <translation>As chaves deste computador não podem ser usadas, então nenhum login é mantido: você entra novamente sempre que abrir o launcher. Desbloqueie suas chaves de início de sessão no Acesso às Chaves e reinicie o launcher.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Windows Credential Manager could not be opened; sign in to Windows normally and restart the launcher.</source>
        <translation>As chaves deste computador não podem ser usadas, então nenhum login é mantido: você entra novamente sempre que abrir o launcher. Não foi possível abrir o Gerenciador de Credenciais do Windows; entre no Windows normalmente e reinicie o launcher.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain can&apos;t be used, so no sign-in is kept: you sign in again each time you start the launcher. Start your desktop&apos;s password keyring (GNOME Keyring or KWallet), unlock it when asked, then restart the launcher.</source>
        <translation>As chaves deste computador não podem ser usadas, então nenhum login é mantido: você entra novamente sempre que abrir o launcher. Inicie o chaveiro de senhas da sua área de trabalho (GNOME Keyring ou KWallet), desbloqueie-o quando solicitado e reinicie o launcher.</translation>
    </message>
</context>
<context>
    <name>DeliveryErrors</name>
    <message>
        <source>The game&apos;s files could not be installed.</source>
        <translation>Não foi possível instalar os arquivos do jogo.</translation>
    </message>
    <message>
        <source>The game is not installed.</source>
        <translation>O jogo não está instalado.</translation>
    </message>
    <message>
        <source>The game&apos;s download server can&apos;t be reached right now. Nothing was changed; try again later.</source>
        <translation>O servidor de download do jogo não pode ser acessado agora. Nada foi alterado; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full. What was downloaded is kept; free some space and run the same command again.</source>
        <translation>O disco que contém {folder} está cheio. O que foi baixado foi mantido; libere espaço e execute o mesmo comando novamente.</translation>
    </message>
    <message>
        <source>The launcher cannot write to {folder} ({reason}). Choose another folder with --dir, or fix its permissions.</source>
        <comment>reason: the system&apos;s words</comment>
        <translation>O launcher não consegue gravar em {folder} ({reason}). Escolha outra pasta com --dir ou corrija as permissões.</translation>
    </message>
    <message>
        <source>The game&apos;s files could not be written to {folder} ({reason}).</source>
        <comment>reason: the system&apos;s words</comment>
        <translation>Não foi possível gravar os arquivos do jogo em {folder} ({reason}).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>Manifest: {path}</source>
        <translation>Manifesto: {path}</translation>
    </message>
    <message>
        <source>Log file: {path}</source>
        <translation>Arquivo de log: {path}</translation>
    </message>
    <message>
        <source>Sessions are kept in your system keychain; passwords are never stored.</source>
        <translation>As sessões ficam guardadas no chaveiro do sistema; as senhas nunca são armazenadas.</translation>
    </message>
    <message>
        <source>{game} launcher</source>
        <translation>Launcher de {game}</translation>
    </message>
    <message>
        <source>About {game} launcher</source>
        <translation>Sobre o launcher de {game}</translation>
    </message>
    <message>
        <source>MIT License (the launcher&apos;s LICENSE file was not found).</source>
        <translation>Licença MIT (o arquivo LICENSE do launcher não foi encontrado).</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenças</translation>
    </message>
    <message>
        <source>{game} launcher is free software under the MIT licence. Qt and PySide6 are used under the LGPLv3 (Help &gt; About Qt); every other component&apos;s licence is in its installed package metadata.</source>
        <translation>O launcher de {game} é software livre sob a licença MIT. Qt e PySide6 são usados sob a LGPLv3 (Ajuda &gt; Sobre o Qt); a licença de cada outro componente está nos metadados do pacote instalado.</translation>
    </message>
</context>
<context>
    <name>Doctor</name>
    <message>
        <source>The game&apos;s settings are fine.</source>
        <translation>As configurações do jogo estão corretas.</translation>
    </message>
    <message>
        <source>{method}: {check}</source>
        <comment>a sign-in method&apos;s name, then a check&apos;s result about it</comment>
        <translation>{method}: {check}</translation>
    </message>
    <message>
        <source>Your computer&apos;s password store can&apos;t be used: you will sign in again at every start.</source>
        <translation>O armazenamento de senhas do seu computador não pode ser usado: você entrará novamente a cada início.</translation>
    </message>
    <message>
        <source>Your sign-ins can be kept safely.</source>
        <translation>Seus logins podem ser guardados com segurança.</translation>
    </message>
    <message>
        <source>The network&apos;s proxy can&apos;t be reached.</source>
        <translation>O proxy da rede não pode ser acessado.</translation>
    </message>
    <message>
        <source>Connections go through your network&apos;s proxy.</source>
        <translation>As conexões passam pelo proxy da sua rede.</translation>
    </message>
    <message>
        <source>Your network connection is set up.</source>
        <translation>Sua conexão de rede está configurada.</translation>
    </message>
    <message>
        <source>Secure connections can&apos;t be checked on this computer.</source>
        <translation>Não é possível verificar conexões seguras neste computador.</translation>
    </message>
    <message>
        <source>Secure connections are checked with this computer&apos;s own certificates.</source>
        <translation>As conexões seguras são verificadas com os próprios certificados deste computador.</translation>
    </message>
    <message>
        <source>Secure connections can be checked.</source>
        <translation>As conexões seguras podem ser verificadas.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is right.</source>
        <translation>O relógio do seu computador está certo.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is wrong; set the date and time automatically in the system settings.</source>
        <translation>O relógio do seu computador está errado; defina a data e a hora automaticamente nas configurações do sistema.</translation>
    </message>
    <message>
        <source>The game&apos;s download server can&apos;t be reached.</source>
        <translation>O servidor de download do jogo não pode ser acessado.</translation>
    </message>
    <message>
        <source>The game&apos;s downloads can&apos;t be trusted right now.</source>
        <translation>Os downloads do jogo não são confiáveis no momento.</translation>
    </message>
    <message>
        <source>Game downloads are available.</source>
        <translation>Os downloads do jogo estão disponíveis.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server can&apos;t be reached right now.</source>
        <translation>O servidor deste método de login não está acessível no momento.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server answers.</source>
        <translation>O servidor deste método de login está respondendo.</translation>
    </message>
    <message>
        <source>This sign-in method is not set up correctly; please contact the game&apos;s support.</source>
        <translation>Este método de login não está configurado corretamente; entre em contato com o suporte do jogo.</translation>
    </message>
    <message>
        <source>This sign-in method&apos;s server has a problem right now.</source>
        <translation>O servidor deste método de login está com um problema no momento.</translation>
    </message>
    <message>
        <source>Facebook can&apos;t be reached right now.</source>
        <translation>O Facebook não está acessível no momento.</translation>
    </message>
    <message>
        <source>Continue with Facebook is ready.</source>
        <translation>“Continuar com o Facebook” está pronto.</translation>
    </message>
    <message>
        <source>Continue with Facebook is not available for this game.</source>
        <translation>“Continuar com o Facebook” não está disponível para este jogo.</translation>
    </message>
    <message>
        <source>The sign-in server can&apos;t be reached.</source>
        <translation>O servidor de login não está acessível.</translation>
    </message>
    <message>
        <source>The sign-in server answers.</source>
        <translation>O servidor de login está respondendo.</translation>
    </message>
    <message>
        <source>Your profile is shown without some details.</source>
        <translation>Seu perfil é exibido sem alguns detalhes.</translation>
    </message>
    <message>
        <source>This game&apos;s sign-in is not set up correctly; please contact the game&apos;s support.</source>
        <translation>O login deste jogo não está configurado corretamente; entre em contato com o suporte do jogo.</translation>
    </message>
    <message>
        <source>Your profile can be shown.</source>
        <translation>Seu perfil pode ser exibido.</translation>
    </message>
    <message>
        <source>Your profile can be shown (some details may be missing).</source>
        <translation>Seu perfil pode ser exibido (alguns detalhes podem estar faltando).</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>{size}/s</source>
        <comment>a download rate: 12 MB/s</comment>
        <translation>{size}/s</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <comment>time left</comment>
        <translation>alguns segundos</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <comment>time left</comment>
        <translation>menos de um minuto</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message>
        <source>{hours} {minutes}</source>
        <comment>hours and minutes: 2 h 5 min</comment>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <comment>a menu entry: the system&apos;s language</comment>
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>Pseudo-translation (testing)</source>
        <translation>Pseudotradução (teste)</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>The system keychain is locked. Unlock it and try again.</source>
        <translation>O chaveiro do sistema está bloqueado. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <source>No system keychain is available (install and start a Secret Service such as GNOME Keyring or KWallet).</source>
        <translation>Nenhum chaveiro do sistema está disponível (instale e inicie um Secret Service como o GNOME Keyring ou o KWallet).</translation>
    </message>
    <message>
        <source>The system keychain could not be opened.</source>
        <translation>Não foi possível abrir o chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied.</source>
        <translation>O acesso ao chaveiro do sistema foi negado.</translation>
    </message>
    <message>
        <source>{problem} Sessions are kept for this run only.</source>
        <translation>{problem} As sessões ficam guardadas só até você fechar o launcher.</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>Sign-in method: {method}</source>
        <translation>Forma de entrar: {method}</translation>
    </message>
    <message>
        <source>Signs in to: {environment}</source>
        <comment>a testing environment</comment>
        <translation>Entra em: {environment}</translation>
    </message>
    <message>
        <source>Signs in to the {environment} environment</source>
        <translation>Entra no ambiente {environment}</translation>
    </message>
    <message>
        <source>Testing tool</source>
        <translation>Ferramenta de teste</translation>
    </message>
    <message>
        <source>For testers, not for players.</source>
        <translation>Para testadores, não para jogadores.</translation>
    </message>
    <message>
        <source>{hint} Testers can paste the credential below instead.</source>
        <translation>{hint} Testadores podem colar a credencial abaixo.</translation>
    </message>
    <message>
        <source>{field} (optional)</source>
        <comment>a field&apos;s label</comment>
        <translation>{field} (opcional)</translation>
    </message>
    <message>
        <source>Remember for this environment ({environment})</source>
        <translation>Lembrar para este ambiente ({environment})</translation>
    </message>
    <message>
        <source>Remember these keys on this computer</source>
        <translation>Lembrar estas chaves neste computador</translation>
    </message>
    <message>
        <source>Remember the testing keys for this environment</source>
        <translation>Lembrar as chaves de teste para este ambiente</translation>
    </message>
    <message>
        <source>The keys go to this computer&apos;s keychain, for every tester account of this environment; you will not be asked for them again.</source>
        <translation>As chaves vão para o chaveiro deste computador, para todas as contas de teste deste ambiente; elas não serão pedidas de novo.</translation>
    </message>
    <message>
        <source>Remember this account on this computer</source>
        <translation>Lembrar esta conta neste computador</translation>
    </message>
    <message>
        <source>Remember this account</source>
        <translation>Lembrar esta conta</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erro ao entrar</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Status do login</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>the same sign-in again</comment>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Retry the sign-in</source>
        <translation>Tentar entrar de novo</translation>
    </message>
    <message>
        <source>Contact the game&apos;s support</source>
        <translation>Falar com o suporte do jogo</translation>
    </message>
    <message>
        <source>Contact the game&apos;s support (opens the website)</source>
        <translation>Falar com o suporte do jogo (abre o site)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <comment>a button</comment>
        <translation>Entrar</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Entrando</translation>
    </message>
    <message>
        <source>Saved for {environment}; leave empty to use it, or type to replace it.</source>
        <translation>Salvo para {environment}; deixe vazio para usar ou digite para substituir.</translation>
    </message>
    <message>
        <source>Saved on this computer; leave empty to use it, or type to replace it.</source>
        <translation>Salvo neste computador; deixe vazio para usar ou digite para substituir.</translation>
    </message>
    <message>
        <source>Keeps the session in this computer&apos;s keychain; the password is never stored.</source>
        <translation>Guarda a sessão no chaveiro deste computador; a senha nunca é armazenada.</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Código de acesso</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>Open the page</source>
        <comment>the web page where the code is entered</comment>
        <translation>Abrir a página</translation>
    </message>
    <message>
        <source>Go to &lt;b&gt;{address}&lt;/b&gt; on this computer or your phone and enter this code:</source>
        <translation>Acesse &lt;b&gt;{address}&lt;/b&gt; neste computador ou no celular e digite este código:</translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>the code is on the clipboard</comment>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <comment>an example email address</comment>
        <translation>nome@exemplo.com</translation>
    </message>
    <message>
        <source>Saved for {environment}; type to replace</source>
        <translation>Salvo para {environment}; digite para substituir</translation>
    </message>
    <message>
        <source>Saved on this computer; type to replace</source>
        <translation>Salvo neste computador; digite para substituir</translation>
    </message>
    <message>
        <source>Hide</source>
        <comment>what was typed in a password field</comment>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>what was typed in a password field</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide what you typed (Alt+F8)</source>
        <translation>Ocultar o que você digitou (Alt+F8)</translation>
    </message>
    <message>
        <source>Show what you typed (Alt+F8)</source>
        <translation>Mostrar o que você digitou (Alt+F8)</translation>
    </message>
    <message>
        <source>Hide {field}</source>
        <comment>a password field: hide what was typed</comment>
        <translation>Ocultar {field}</translation>
    </message>
    <message>
        <source>Show {field}</source>
        <comment>a password field: show what was typed</comment>
        <translation>Mostrar {field}</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>Preencha o campo {field}.</translation>
    </message>
    <message>
        <source>“{address}” is not a valid email address.</source>
        <translation>“{address}” não é um endereço de e-mail válido.</translation>
    </message>
    <message>
        <source>{field} must be one of: {choices}.</source>
        <translation>{field} deve ser um destes: {choices}.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop signing in</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar login</translation>
    </message>
    <message>
        <source>Step {step} of {total}: {label}</source>
        <comment>a sign-in&apos;s progress: Step 1 of 2: Signing in…</comment>
        <translation>Etapa {step} de {total}: {label}</translation>
    </message>
    <message>
        <source>{step} {time} left</source>
        <comment>the step, then how long the code still works: Waiting for you to confirm on Facebook… 4:59 left</comment>
        <translation>{step} faltam {time}</translation>
    </message>
    <message>
        <source>{step} — this is taking longer than usual</source>
        <translation>{step} — está demorando mais que o normal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Getting ready…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>Aviso sobre o chaveiro</translation>
    </message>
    <message>
        <source>{method} is a testing tool; start the launcher with --tester to use it.</source>
        <translation>{method} é uma ferramenta de teste; inicie o launcher com --tester para usá-la.</translation>
    </message>
    <message>
        <source>This game does not offer sign-in with {method}.</source>
        <translation>Este jogo não oferece login com {method}.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Login cancelado.</translation>
    </message>
    <message>
        <source>{game} is ready to play</source>
        <translation>{game} está pronto para jogar</translation>
    </message>
    <message>
        <source>Version {version} is installed.</source>
        <translation>A versão {version} está instalada.</translation>
    </message>
    <message>
        <source>Playing as {name}</source>
        <translation>Jogando como {name}</translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <comment>an account&apos;s name, then what happened</comment>
        <translation>{name}: {message}</translation>
    </message>
    <message>
        <source>What&apos;s new in {game} {version}</source>
        <translation>Novidades de {game} {version}</translation>
    </message>
    <message>
        <source>This version has no patch notes.</source>
        <translation>Esta versão não tem notas de atualização.</translation>
    </message>
    <message>
        <source>Patch notes of version {version}</source>
        <translation>Notas de atualização da versão {version}</translation>
    </message>
    <message>
        <source>A link was not opened: the launcher is busy ({doing}). Open the link again once that is done.</source>
        <translation>Um link não foi aberto: o launcher está ocupado ({doing}). Abra o link de novo quando terminar.</translation>
    </message>
    <message>
        <source>A link named an account that is not saved in this launcher.</source>
        <translation>Um link indicou uma conta que não está salva neste launcher.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <source>&amp;Game</source>
        <translation>&amp;Jogo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Adicionar conta…</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Desconectar</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remover…</translation>
    </message>
    <message>
        <source>&amp;Close to tray</source>
        <translation>&amp;Fechar para a bandeja</translation>
    </message>
    <message>
        <source>No system tray on this desktop</source>
        <translation>Este desktop não tem bandeja do sistema</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <comment>the game menu: start the game</comment>
        <translation>&amp;Jogar</translation>
    </message>
    <message>
        <source>&amp;Hide the launcher while playing</source>
        <translation>&amp;Ocultar o launcher durante o jogo</translation>
    </message>
    <message>
        <source>The launcher waits in the tray while the game runs, and comes back when it ends</source>
        <translation>O launcher espera na bandeja enquanto o jogo roda e volta quando ele termina</translation>
    </message>
    <message>
        <source>Contact &amp;support</source>
        <translation>Falar com o &amp;suporte</translation>
    </message>
    <message>
        <source>Check my &amp;connection</source>
        <translation>Verificar minha &amp;conexão</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir a pasta de lo&amp;gs</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licenças</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>S&amp;obre</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Tester mode</source>
        <translation>&amp;Modo de teste</translation>
    </message>
    <message>
        <source>Testing tools, environments and backend details; off: what a player sees</source>
        <translation>Ferramentas de teste, ambientes e detalhes do backend; desligado: o que um jogador vê</translation>
    </message>
    <message>
        <source>Game &amp;builds by environment…</source>
        <translation>&amp;Builds do jogo por ambiente…</translation>
    </message>
    <message>
        <source>Which version each environment has installed, and which account plays it</source>
        <translation>Qual versão cada ambiente tem instalada e qual conta a joga</translation>
    </message>
    <message>
        <source>{game} launcher</source>
        <translation>Launcher de {game}</translation>
    </message>
    <message>
        <source>Playing as {name} ({method})</source>
        <translation>Jogando como {name} ({method})</translation>
    </message>
    <message>
        <source>Play as {name} ({method})</source>
        <translation>Jogar como {name} ({method})</translation>
    </message>
    <message>
        <source>{name} ({method})</source>
        <translation>{name} ({method})</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>the tray menu: bring the window back</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Quit</source>
        <comment>the tray menu</comment>
        <translation>Sair</translation>
    </message>
    <message>
        <source>{game} launcher — {name}</source>
        <translation>Launcher de {game} — {name}</translation>
    </message>
    <message>
        <source>The launcher is still running in the tray.</source>
        <translation>O launcher continua rodando na bandeja.</translation>
    </message>
    <message>
        <source>{game}: {percent} % — {progress}</source>
        <comment>the tray&apos;s tooltip while downloading</comment>
        <translation>{game}: {percent}% — {progress}</translation>
    </message>
</context>
<context>
    <name>News</name>
    <message>
        <source>Some game services are slow or failing</source>
        <translation>Alguns serviços do jogo estão lentos ou falhando</translation>
    </message>
    <message>
        <source>The game&apos;s servers are down</source>
        <translation>Os servidores do jogo estão fora do ar</translation>
    </message>
    <message>
        <source>The game&apos;s servers are under maintenance</source>
        <translation>Os servidores do jogo estão em manutenção</translation>
    </message>
    <message>
        <source>{status}: {message}</source>
        <comment>the server status, then the studio&apos;s own words</comment>
        <translation>{status}: {message}</translation>
    </message>
    <message>
        <source>{status} (until {time})</source>
        <comment>the server status and when it should end</comment>
        <translation>{status} (até {time})</translation>
    </message>
</context>
<context>
    <name>NewsStrip</name>
    <message>
        <source>Read more</source>
        <translation>Leia mais</translation>
    </message>
    <message>
        <source>{day} · {title} — {body}</source>
        <translation>{day} · {title} — {body}</translation>
    </message>
    <message>
        <source>{day} · {title}</source>
        <translation>{day} · {title}</translation>
    </message>
    <message>
        <source>News: {title}</source>
        <translation>Notícia: {title}</translation>
    </message>
    <message>
        <source>Read more about {title}</source>
        <translation>Leia mais sobre {title}</translation>
    </message>
</context>
<context>
    <name>NotSetUp</name>
    <message>
        <source>Sign in with {method}</source>
        <translation>Entrar com {method}</translation>
    </message>
    <message>
        <source>This sign-in method is not set up on this computer. Choose another way to sign in, or ask the game&apos;s support team.</source>
        <translation>Esta forma de entrar não está configurada neste computador. Escolha outra forma de entrar ou fale com a equipe de suporte do jogo.</translation>
    </message>
    <message>
        <source>This sign-in method is not set up on this computer</source>
        <translation>Esta forma de entrar não está configurada neste computador</translation>
    </message>
    <message>
        <source>Choose another way to sign in</source>
        <translation>Escolher outra forma de entrar</translation>
    </message>
    <message>
        <source>Contact support</source>
        <translation>Falar com o suporte</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo deu errado.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so sessions cannot be remembered.</source>
        <translation>As chaves do sistema não estão disponíveis, então as sessões não podem ser lembradas.</translation>
    </message>
    <message>
        <source>Signed out: sign in again (the saved session is no longer in this computer&apos;s keychain).</source>
        <translation>Sessão encerrada: entre novamente (a sessão salva não está mais nas chaves deste computador).</translation>
    </message>
    <message>
        <source>{message}; the details are in the log.</source>
        <comment>a keychain&apos;s own message, in English</comment>
        <translation>{message}; os detalhes estão no log.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Falha ao entrar.</translation>
    </message>
    <message>
        <source>The email or password is incorrect.</source>
        <translation>O e-mail ou a senha está incorreto.</translation>
    </message>
    <message>
        <source>No account was found for these details.</source>
        <translation>Nenhuma conta foi encontrada com esses dados.</translation>
    </message>
    <message>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Sua sessão expirou. Entre novamente.</translation>
    </message>
    <message>
        <source>The request signature was refused. Check the publisher token and signing key.</source>
        <translation>A assinatura da solicitação foi recusada. Verifique o token do publisher e a chave de assinatura.</translation>
    </message>
    <message>
        <source>The server refused the request as invalid.</source>
        <translation>O servidor recusou a solicitação como inválida.</translation>
    </message>
    <message>
        <source>The launcher is not set up correctly for this game. Please contact the game&apos;s support.</source>
        <translation>O launcher não está configurado corretamente para este jogo. Entre em contato com o suporte do jogo.</translation>
    </message>
    <message>
        <source>This account has been banned or deleted.</source>
        <translation>Esta conta foi banida ou excluída.</translation>
    </message>
    <message>
        <source>The game service could not be reached. Your accounts are kept; try again later.</source>
        <translation>Não foi possível acessar o serviço do jogo. Suas contas foram mantidas; tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Check your internet connection. The game&apos;s servers can&apos;t be reached right now; try again in a moment.</source>
        <translation>Verifique sua conexão com a internet. Os servidores do jogo não podem ser acessados agora; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The game service took too long to answer. Try again in a moment.</source>
        <translation>O serviço do jogo demorou demais para responder. Tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The game service is having problems right now (server error). Try again later.</source>
        <translation>O serviço do jogo está com problemas agora (erro do servidor). Tente novamente mais tarde.</translation>
    </message>
    <message numerus="yes">
        <source>Too many sign-in attempts. Please wait and try again in %n seconds.</source>
        <translation>
            <numerusform>Muitas tentativas de entrar. Aguarde e tente novamente em %n segundo.</numerusform>
            <numerusform>Muitas tentativas de entrar. Aguarde e tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Please wait and try again in a moment.</source>
        <translation>Muitas tentativas de entrar. Aguarde e tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Check your internet connection. {service} can&apos;t be reached right now; try again in a moment.</source>
        <comment>service: a server&apos;s name</comment>
        <translation>Verifique sua conexão com a internet. Não é possível acessar {service} agora; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>{message} Your accounts are kept.</source>
        <translation>{message} Suas contas foram mantidas.</translation>
    </message>
    <message>
        <source>{message} ({where}; the server said: {detail})</source>
        <comment>for testers: the environment and address, then the server&apos;s own words</comment>
        <translation>{message} ({where}; o servidor disse: {detail})</translation>
    </message>
    <message>
        <source>{message} (the server said: {detail})</source>
        <comment>for testers: the server&apos;s own words</comment>
        <translation>{message} (o servidor disse: {detail})</translation>
    </message>
    <message>
        <source>{message} ({where})</source>
        <comment>for testers: the environment and address</comment>
        <translation>{message} ({where})</translation>
    </message>
    <message>
        <source>The game service sent an answer the launcher does not understand. Try again later.</source>
        <translation>O serviço do jogo enviou uma resposta que o launcher não entende. Tente novamente mais tarde.</translation>
    </message>
</context>
<context>
    <name>PlayAction</name>
    <message>
        <source>Starting…</source>
        <comment>a download that has not started yet</comment>
        <translation>Começando…</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <comment>downloaded so far: 1.2 GB of 3.4 GB</comment>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>Paused at {amount}</source>
        <translation>Pausado em {amount}</translation>
    </message>
    <message>
        <source>{amount} · {rate}</source>
        <comment>1.2 GB of 3.4 GB · 12 MB/s</comment>
        <translation>{amount} · {rate}</translation>
    </message>
    <message>
        <source>{amount} · {rate} · {time} left</source>
        <comment>1.2 GB of 3.4 GB · 12 MB/s · 2 min left</comment>
        <translation>{amount} · {rate} · faltam {time}</translation>
    </message>
    <message>
        <source>Repairing in the background</source>
        <translation>Reparando em segundo plano</translation>
    </message>
    <message>
        <source>Repairing</source>
        <translation>Reparando</translation>
    </message>
    <message>
        <source>Updating to {version} in the background</source>
        <translation>Atualizando para {version} em segundo plano</translation>
    </message>
    <message>
        <source>Updating to {version}</source>
        <translation>Atualizando para {version}</translation>
    </message>
    <message>
        <source>Updating in the background</source>
        <translation>Atualizando em segundo plano</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Atualizando</translation>
    </message>
    <message>
        <source>Installing {version} in the background</source>
        <translation>Instalando {version} em segundo plano</translation>
    </message>
    <message>
        <source>Installing {version}</source>
        <translation>Instalando {version}</translation>
    </message>
    <message>
        <source>Installing in the background</source>
        <translation>Instalando em segundo plano</translation>
    </message>
    <message>
        <source>Installing</source>
        <translation>Instalando</translation>
    </message>
    <message>
        <source>Playing</source>
        <comment>the main button while the game runs</comment>
        <translation>Jogando</translation>
    </message>
    <message>
        <source>{game} is running</source>
        <translation>{game} está rodando</translation>
    </message>
    <message>
        <source>What&apos;s new in {version}</source>
        <translation>Novidades da {version}</translation>
    </message>
    <message>
        <source>What&apos;s new</source>
        <translation>Novidades</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop a download and drop it</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Resume</source>
        <comment>a paused download</comment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Pause</source>
        <comment>a download</comment>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Installing…</source>
        <comment>the main button</comment>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>{game} is being installed</source>
        <translation>{game} está sendo instalado</translation>
    </message>
    <message>
        <source>Resume: {doing}</source>
        <translation>Continuar: {doing}</translation>
    </message>
    <message>
        <source>Pause: {doing}</source>
        <translation>Pausar: {doing}</translation>
    </message>
    <message>
        <source>What has arrived is kept: Resume carries on from there</source>
        <translation>O que já chegou fica guardado: Continuar segue daí</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparar</translation>
    </message>
    <message>
        <source>Some of the game&apos;s files are missing or changed</source>
        <translation>Alguns arquivos do jogo estão faltando ou foram alterados</translation>
    </message>
    <message>
        <source>Repair {game}</source>
        <translation>Reparar {game}</translation>
    </message>
    <message>
        <source>Try again</source>
        <comment>a download that failed</comment>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>The update did not finish</source>
        <translation>A atualização não terminou</translation>
    </message>
    <message>
        <source>Try again: {message}</source>
        <translation>Tentar de novo: {message}</translation>
    </message>
    <message>
        <source>Install</source>
        <translation>Instalar</translation>
    </message>
    <message>
        <source>Checking for the game…</source>
        <translation>Procurando o jogo…</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Can&apos;t reach the game&apos;s download server</source>
        <translation>Não foi possível acessar o servidor de download do jogo</translation>
    </message>
    <message>
        <source>Retry: can&apos;t reach the game&apos;s download server</source>
        <translation>Tentar de novo: não foi possível acessar o servidor de download do jogo</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <source>Update {game} to {version}</source>
        <translation>Atualizar {game} para {version}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versão {version}</translation>
    </message>
    <message>
        <source>Update ({size})</source>
        <comment>a small button: update, with the download size</comment>
        <translation>Atualizar ({size})</translation>
    </message>
    <message>
        <source>Version {version} is available</source>
        <translation>A versão {version} está disponível</translation>
    </message>
    <message>
        <source>Update available · required to play</source>
        <translation>Atualização disponível · obrigatória para jogar</translation>
    </message>
    <message>
        <source>Update available</source>
        <translation>Atualização disponível</translation>
    </message>
    <message>
        <source>{size} to download · required to play</source>
        <translation>{size} para baixar · obrigatória para jogar</translation>
    </message>
    <message>
        <source>{size} to download</source>
        <translation>{size} para baixar</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar de novo</translation>
    </message>
    <message>
        <source>Your session has ended</source>
        <translation>Sua sessão terminou</translation>
    </message>
    <message>
        <source>Sign in again to play {game}</source>
        <translation>Entre de novo para jogar {game}</translation>
    </message>
    <message>
        <source>Can&apos;t reach the servers</source>
        <translation>Não foi possível acessar os servidores</translation>
    </message>
    <message>
        <source>Retry: {reason}</source>
        <translation>Tentar de novo: {reason}</translation>
    </message>
    <message>
        <source>Retry: can&apos;t reach the servers</source>
        <translation>Tentar de novo: não foi possível acessar os servidores</translation>
    </message>
    <message>
        <source>Play offline</source>
        <translation>Jogar offline</translation>
    </message>
    <message>
        <source>Can&apos;t reach the servers: you play with your saved session</source>
        <translation>Não foi possível acessar os servidores: você joga com a sua sessão salva</translation>
    </message>
    <message>
        <source>Play {game} offline</source>
        <translation>Jogar {game} offline</translation>
    </message>
    <message>
        <source>Start {game} with the session saved at your last sign-in (Ctrl+P)</source>
        <translation>Iniciar {game} com a sessão salva no seu último login (Ctrl+P)</translation>
    </message>
    <message>
        <source>Play</source>
        <comment>the main button</comment>
        <translation>Jogar</translation>
    </message>
    <message>
        <source>Play {game}</source>
        <translation>Jogar {game}</translation>
    </message>
    <message>
        <source>Start {game} signed in as this player (Ctrl+P)</source>
        <translation>Iniciar {game} conectado como este jogador (Ctrl+P)</translation>
    </message>
    <message>
        <source>{size} · {free} free</source>
        <comment>download size · free disk space</comment>
        <translation>{size} · {free} livres</translation>
    </message>
    <message>
        <source>{size}</source>
        <comment>the download size alone</comment>
        <translation>{size}</translation>
    </message>
    <message>
        <source>{free} free</source>
        <comment>free disk space</comment>
        <translation>{free} livres</translation>
    </message>
    <message>
        <source>Install {game}, {size}</source>
        <translation>Instalar {game}, {size}</translation>
    </message>
    <message>
        <source>Install {game}</source>
        <translation>Instalar {game}</translation>
    </message>
    <message>
        <source>The update needs {size}; {free} free. Free some space, then check again.</source>
        <translation>A atualização precisa de {size}; há {free} livres. Libere espaço e verifique de novo.</translation>
    </message>
    <message>
        <source>Not enough disk space to update {game}: check again</source>
        <translation>Sem espaço em disco para atualizar {game}: verifique de novo</translation>
    </message>
    <message>
        <source>The game needs {size}; {free} free. Free some space, then check again.</source>
        <translation>O jogo precisa de {size}; há {free} livres. Libere espaço e verifique de novo.</translation>
    </message>
    <message>
        <source>Not enough disk space to install {game}: check again</source>
        <translation>Sem espaço em disco para instalar {game}: verifique de novo</translation>
    </message>
    <message>
        <source>Check again</source>
        <comment>free disk space, then check</comment>
        <translation>Verificar de novo</translation>
    </message>
</context>
<context>
    <name>PlayPanel</name>
    <message>
        <source>Stop the game</source>
        <translation>Parar o jogo</translation>
    </message>
    <message>
        <source>Stop {game}</source>
        <translation>Parar {game}</translation>
    </message>
    <message>
        <source>{action} {game}</source>
        <comment>the main button&apos;s name for screen readers: Install Demo Quest</comment>
        <translation>{action}: {game}</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Progresso do download</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Currency</source>
        <translation>Moeda</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nível</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Experiência</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Picture of {name}</source>
        <comment>the player&apos;s picture, for screen readers</comment>
        <translation>Foto de {name}</translation>
    </message>
    <message>
        <source>Player picture</source>
        <translation>Foto do jogador</translation>
    </message>
    <message>
        <source>New account</source>
        <comment>a badge beside a player&apos;s name</comment>
        <translation>Conta nova</translation>
    </message>
    <message>
        <source>Name this account…</source>
        <translation>Dar um nome à conta…</translation>
    </message>
    <message>
        <source>Give this account a name of your own, shown in the list of accounts</source>
        <translation>Dê a esta conta um nome seu, exibido na lista de contas</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>beside &quot;Not up to date&quot;: open the account again</comment>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Try to open this account again</source>
        <translation>Tentar abrir esta conta de novo</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>shows the player id and sign-in method</comment>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>The player id and sign-in method, for the game&apos;s support</source>
        <translation>O ID do jogador e o método de login, para o suporte do jogo</translation>
    </message>
    <message>
        <source>Signed in with</source>
        <comment>the sign-in method&apos;s key in Details</comment>
        <translation>Conectado com</translation>
    </message>
    <message>
        <source>Last played</source>
        <comment>when this account last played the game</comment>
        <translation>Jogou por último</translation>
    </message>
    <message>
        <source>Previous sign-in</source>
        <comment>when this account signed in before this time</comment>
        <translation>Login anterior</translation>
    </message>
    <message>
        <source>Player id</source>
        <comment>the player&apos;s id on the game&apos;s servers</comment>
        <translation>ID do jogador</translation>
    </message>
    <message>
        <source>{game} artwork</source>
        <comment>the game&apos;s banner, for screen readers</comment>
        <translation>Arte de {game}</translation>
    </message>
    <message>
        <source>Support</source>
        <comment>a link to the game&apos;s support site</comment>
        <translation>Suporte</translation>
    </message>
    <message>
        <source>{link} (opens in your browser)</source>
        <comment>a link&apos;s name for screen readers</comment>
        <translation>{link} (abre no navegador)</translation>
    </message>
    <message>
        <source>Not up to date</source>
        <comment>the profile shown could not be updated</comment>
        <translation>Desatualizado</translation>
    </message>
    <message>
        <source>Updating…</source>
        <comment>the profile shown is being updated</comment>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <source>Shown as it was last time. {reason}</source>
        <comment>{reason}: why it could not be updated</comment>
        <translation>Exibido como estava da última vez. {reason}</translation>
    </message>
    <message>
        <source>Shown as it was last time, while it is updated.</source>
        <translation>Exibido como estava da última vez, enquanto é atualizado.</translation>
    </message>
    <message>
        <source>Environment: {name}</source>
        <comment>the servers this account belongs to</comment>
        <translation>Ambiente: {name}</translation>
    </message>
    <message>
        <source>Environment {name}</source>
        <comment>the environment badge, for screen readers</comment>
        <translation>Ambiente {name}</translation>
    </message>
    <message>
        <source>{arrow} Details</source>
        <comment>the button that shows the player id; {arrow} is ▸ or ▾</comment>
        <translation>{arrow} Detalhes</translation>
    </message>
    <message>
        <source>Copy</source>
        <comment>copies a value to the clipboard</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy player id</source>
        <translation>Copiar ID do jogador</translation>
    </message>
    <message>
        <source>Copy the player id to the clipboard</source>
        <translation>Copiar o ID do jogador para a área de transferência</translation>
    </message>
    <message>
        <source>Copy {name}</source>
        <comment>a Copy button&apos;s name for screen readers</comment>
        <translation>Copiar {name}</translation>
    </message>
    <message>
        <source>Copy {name} to the clipboard</source>
        <translation>Copiar {name} para a área de transferência</translation>
    </message>
    <message>
        <source>Copied</source>
        <comment>a Copy button after it copied</comment>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ProviderPicker</name>
    <message>
        <source>Sign in to {game}</source>
        <translation>Entrar em {game}</translation>
    </message>
    <message>
        <source>Choose how you play. You stay signed in on this computer.</source>
        <translation>Escolha como você joga. Você continua conectado neste computador.</translation>
    </message>
    <message>
        <source>Choose how you play. You sign in again each time you start.</source>
        <translation>Escolha como você joga. Você entra de novo sempre que iniciar.</translation>
    </message>
    <message>
        <source>Testing tools</source>
        <comment>a heading</comment>
        <translation>Ferramentas de teste</translation>
    </message>
    <message>
        <source>For testers: these sign in without a player&apos;s own credentials.</source>
        <translation>Para testadores: estas entram sem as credenciais do próprio jogador.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Environment</source>
        <comment>tester mode: which servers the launcher uses</comment>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Ambiente</translation>
    </message>
    <message>
        <source>Which servers sign-ins and new accounts use (tester mode)</source>
        <translation>Quais servidores os logins e as contas novas usam (modo de teste)</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <comment>the heading of the list of saved accounts (capitals where the language writes headings so)</comment>
        <translation>CONTAS</translation>
    </message>
    <message>
        <source>Filter…</source>
        <comment>filters the list of accounts</comment>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter accounts</source>
        <translation>Filtrar contas</translation>
    </message>
    <message>
        <source>Filter by name, player id, sign-in method or environment</source>
        <translation>Filtrar por nome, ID do jogador, método de login ou ambiente</translation>
    </message>
    <message>
        <source>Group accounts</source>
        <translation>Agrupar contas</translation>
    </message>
    <message>
        <source>No groups</source>
        <comment>how the accounts list is grouped</comment>
        <translation>Sem grupos</translation>
    </message>
    <message>
        <source>By environment</source>
        <comment>how the accounts list is grouped</comment>
        <translation>Por ambiente</translation>
    </message>
    <message>
        <source>By method</source>
        <comment>how the accounts list is grouped: by sign-in method</comment>
        <translation>Por método</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Contas salvas</translation>
    </message>
    <message>
        <source>+  Add account</source>
        <translation>+  Adicionar conta</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Sign in with another account ({shortcut})</source>
        <comment>{shortcut}: Ctrl+N</comment>
        <translation>Entrar com outra conta ({shortcut})</translation>
    </message>
    <message>
        <source>No saved accounts yet.</source>
        <translation>Nenhuma conta salva ainda.</translation>
    </message>
    <message>
        <source>No account matches “{filter}”.</source>
        <comment>the accounts filter found nothing</comment>
        <translation>Nenhuma conta corresponde a “{filter}”.</translation>
    </message>
    <message>
        <source>Switch to this account</source>
        <translation>Mudar para esta conta</translation>
    </message>
    <message>
        <source>Copy player id</source>
        <translation>Copiar ID do jogador</translation>
    </message>
    <message>
        <source>Rename…</source>
        <comment>an account&apos;s menu: give it a name of one&apos;s own</comment>
        <translation>Renomear…</translation>
    </message>
    <message>
        <source>Sign out</source>
        <comment>an account&apos;s menu</comment>
        <translation>Sair</translation>
    </message>
    <message>
        <source>Remove…</source>
        <comment>an account&apos;s menu: remove it from the launcher</comment>
        <translation>Remover…</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Nothing can be saved on this computer: this session ends when you quit the launcher.</source>
        <translation>Nada pode ser salvo neste computador: esta sessão termina quando você fechar o launcher.</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Esqueceu a senha?</translation>
    </message>
    <message>
        <source>Forgot password (opens the website)</source>
        <translation>Esqueci a senha (abre o site)</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Criar uma conta</translation>
    </message>
    <message>
        <source>Create an account (opens the website)</source>
        <translation>Criar uma conta (abre o site)</translation>
    </message>
    <message>
        <source>{arrow} All sign-in methods</source>
        <comment>a button back to the list of sign-in methods; {arrow} is an arrow pointing back</comment>
        <translation>{arrow} Todas as formas de entrar</translation>
    </message>
    <message>
        <source>Back to all sign-in methods</source>
        <translation>Voltar a todas as formas de entrar</translation>
    </message>
    <message>
        <source>Back to all sign-in methods (Esc)</source>
        <translation>Voltar a todas as formas de entrar (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>The code works for %n minute(s); a new one appears by itself if it runs out. This page moves on by itself once you have confirmed; Cancel or Esc stops waiting.</source>
        <translation>
            <numerusform>O código vale por %n minuto; se ele expirar, um novo aparece sozinho. Esta página avança sozinha quando você confirmar; Cancelar ou Esc para de esperar.</numerusform>
            <numerusform>O código vale por %n minutos; se ele expirar, um novo aparece sozinho. Esta página avança sozinha quando você confirmar; Cancelar ou Esc para de esperar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInMethods</name>
    <message>
        <source>Publisher account</source>
        <comment>a sign-in method</comment>
        <translation>Conta da publicadora</translation>
    </message>
    <message>
        <source>Sign in with your account at the game&apos;s publisher.</source>
        <translation>Entre com sua conta na publicadora do jogo.</translation>
    </message>
    <message>
        <source>Sign-in method</source>
        <comment>a field&apos;s label</comment>
        <translation>Forma de entrar</translation>
    </message>
    <message>
        <source>Username and password</source>
        <translation>Usuário e senha</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>Código de uso único</translation>
    </message>
    <message>
        <source>Player id</source>
        <translation>ID do jogador</translation>
    </message>
    <message>
        <source>Google</source>
        <comment>a sign-in method</comment>
        <translation>Google</translation>
    </message>
    <message>
        <source>Apple</source>
        <comment>a sign-in method</comment>
        <translation>Apple</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Password</source>
        <comment>a field&apos;s label</comment>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Player id or SSO token</source>
        <translation>ID do jogador ou token de SSO</translation>
    </message>
    <message>
        <source>Player code</source>
        <translation>Código do jogador</translation>
    </message>
    <message>
        <source>The player code has 4 or 6 digits.</source>
        <translation>O código do jogador tem 4 ou 6 dígitos.</translation>
    </message>
    <message>
        <source>One-time access token</source>
        <translation>Token de acesso de uso único</translation>
    </message>
    <message>
        <source>Publisher token</source>
        <translation>Token da publicadora</translation>
    </message>
    <message>
        <source>From the publisher dashboard. Kept only in the system keychain, for this environment.</source>
        <translation>Do painel da publicadora. Guardado apenas no chaveiro do sistema, para este ambiente.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Chave de assinatura</translation>
    </message>
    <message>
        <source>The publisher&apos;s main key. Kept only in the system keychain, for this environment.</source>
        <translation>A chave principal da publicadora. Guardada apenas no chaveiro do sistema, para este ambiente.</translation>
    </message>
    <message>
        <source>Play online</source>
        <comment>a sign-in method: the game&apos;s servers, after Facebook or a player account</comment>
        <translation>Jogar online</translation>
    </message>
    <message>
        <source>Sign in with Facebook or your player account; the game then connects you to its servers.</source>
        <translation>Entre com o Facebook ou sua conta de jogador; depois o jogo conecta você aos servidores dele.</translation>
    </message>
    <message>
        <source>Email and password</source>
        <comment>a sign-in method</comment>
        <translation>E-mail e senha</translation>
    </message>
    <message>
        <source>Sign in with your game account&apos;s email and password.</source>
        <translation>Entre com o e-mail e a senha da sua conta do jogo.</translation>
    </message>
    <message>
        <source>Email</source>
        <comment>a field&apos;s label</comment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Custom ID</source>
        <comment>a testers&apos; sign-in method: any account id</comment>
        <translation>ID personalizado</translation>
    </message>
    <message>
        <source>Testers: sign in (or create a throwaway account) with any id.</source>
        <translation>Testadores: entre (ou crie uma conta descartável) com qualquer ID.</translation>
    </message>
    <message>
        <source>Custom ID</source>
        <comment>a field&apos;s label</comment>
        <translation>ID personalizado</translation>
    </message>
    <message>
        <source>The whole credential of this account: kept only in the system keychain.</source>
        <translation>A credencial completa desta conta: guardada apenas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Create an account if none is linked</source>
        <translation>Criar uma conta se nenhuma estiver vinculada</translation>
    </message>
    <message>
        <source>Player account</source>
        <comment>a sign-in method</comment>
        <translation>Conta de jogador</translation>
    </message>
    <message>
        <source>Sign in with the email and password of your player account.</source>
        <translation>Entre com o e-mail e a senha da sua conta de jogador.</translation>
    </message>
    <message>
        <source>Continue with Facebook</source>
        <comment>a button</comment>
        <translation>Continuar com o Facebook</translation>
    </message>
    <message>
        <source>You confirm the sign-in on Facebook, in your browser or on your phone.</source>
        <translation>Você confirma o login no Facebook, no navegador ou no celular.</translation>
    </message>
    <message>
        <source>Facebook</source>
        <comment>a sign-in method</comment>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Continue with your Facebook account.</source>
        <translation>Continue com sua conta do Facebook.</translation>
    </message>
    <message>
        <source>Facebook access token</source>
        <translation>Token de acesso do Facebook</translation>
    </message>
    <message>
        <source>Filled in by “Continue with Facebook”; testers may paste a token.</source>
        <translation>Preenchido por “Continuar com o Facebook”; testadores podem colar um token.</translation>
    </message>
    <message>
        <source>Xbox ID</source>
        <comment>a testers&apos; sign-in method</comment>
        <translation>ID do Xbox</translation>
    </message>
    <message>
        <source>Sign in as any Xbox player with the title&apos;s secret key.</source>
        <translation>Entre como qualquer jogador do Xbox com a chave secreta do título.</translation>
    </message>
    <message>
        <source>Xbox ID</source>
        <comment>a field&apos;s label</comment>
        <translation>ID do Xbox</translation>
    </message>
    <message>
        <source>Xbox sandbox</source>
        <translation>Sandbox do Xbox</translation>
    </message>
    <message>
        <source>Title secret key</source>
        <translation>Chave secreta do título</translation>
    </message>
    <message>
        <source>From PlayFab Game Manager. Kept only in the system keychain, for this environment.</source>
        <translation>Do PlayFab Game Manager. Guardada apenas no chaveiro do sistema, para este ambiente.</translation>
    </message>
</context>
<context>
    <name>SignInSteps</name>
    <message>
        <source>Signing in…</source>
        <translation>Entrando…</translation>
    </message>
    <message>
        <source>Refreshing your session…</source>
        <translation>Renovando sua sessão…</translation>
    </message>
    <message>
        <source>Waiting for you to confirm on Facebook…</source>
        <translation>Aguardando sua confirmação no Facebook…</translation>
    </message>
    <message>
        <source>Authenticating with the publisher…</source>
        <translation>Autenticando com a publicadora…</translation>
    </message>
    <message>
        <source>Checking your account…</source>
        <translation>Verificando sua conta…</translation>
    </message>
    <message>
        <source>Loading your profile…</source>
        <translation>Carregando seu perfil…</translation>
    </message>
    <message>
        <source>The game&apos;s servers didn&apos;t answer; your level isn&apos;t shown.</source>
        <translation>Os servidores do jogo não responderam; seu nível não é exibido.</translation>
    </message>
    <message>
        <source>Signing in to the game server…</source>
        <translation>Entrando no servidor do jogo…</translation>
    </message>
    <message>
        <source>Loading your game profile…</source>
        <translation>Carregando seu perfil no jogo…</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another launcher start asked for a sign-in form; finish or cancel the sign-in in progress first.</source>
        <translation>Outra abertura do launcher pediu um formulário de entrada; conclua ou cancele primeiro a entrada em andamento.</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{description}
Testing tool: not for players.</source>
        <comment>a testing tool&apos;s tile, under what it does</comment>
        <translation>{description}
Ferramenta de teste: não é para jogadores.</translation>
    </message>
    <message>
        <source>Sign in with {method} (testing tool)</source>
        <translation>Entrar com {method} (ferramenta de teste)</translation>
    </message>
    <message>
        <source>Sign in with {method}</source>
        <translation>Entrar com {method}</translation>
    </message>
</context>
<context>
    <name>Unavailable</name>
    <message>
        <source>Try again</source>
        <comment>open the account again</comment>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Entrar de novo</translation>
    </message>
    <message>
        <source>Sign in for this session</source>
        <translation>Entrar só nesta sessão</translation>
    </message>
    <message>
        <source>{account} can&apos;t be opened right now</source>
        <translation>Não é possível abrir {account} agora</translation>
    </message>
</context>
</TS>

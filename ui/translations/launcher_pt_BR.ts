<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
</TS>
